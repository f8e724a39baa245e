// undici is most of the extension's code: loading it on the first request rather than at activation
// keeps the start cheap. The shipped bundle maps `undici` to its own file, dist/undici.js (see
// esbuild.js); under plain Node (tests, bench) this is the ordinary package.
import type * as Undici from 'undici';

let undici: typeof Undici | undefined;

export function loadUndici(): typeof Undici {
  // A synchronous require, deferred: callers stay synchronous (createDispatcher, a FormData).
  undici ??= require('undici') as typeof Undici;
  return undici;
}
