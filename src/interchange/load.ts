// The import/export code and its libraries are needed only when a user imports or exports: the
// commands load it here on first use, so that activation neither reads nor compiles it. The shipped
// bundle maps `./index` to dist/interchange.js (see esbuild.js); under plain Node it is the module.
import type * as Interchange from './index';

let loaded: typeof Interchange | undefined;

export function loadInterchange(): typeof Interchange {
  loaded ??= require('./index') as typeof Interchange;
  return loaded;
}
