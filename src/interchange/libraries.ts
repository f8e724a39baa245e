// The vCard and CSV libraries are loaded on first use, never at activation: together they weigh more
// than the rest of the extension. The shipped bundle maps each to a file of its own (dist/ical.js,
// dist/papaparse.js; see esbuild.js); under plain Node (tests, bench) these are the ordinary packages.
//
// ical.js (Mozilla's parser, the one Thunderbird reads and writes vCards with) for the vCard grammar
// 3.0 and 4.0 and for writing 4.0; papaparse for CSV (RFC 4180 both ways, delimiter detection, BOM,
// and formula escaping on write).
import type ICAL from 'ical.js' with { 'resolution-mode': 'import' };
import type * as Papa from 'papaparse';

export type Ical = typeof ICAL;
export type PapaParse = typeof Papa;

let ical: Ical | undefined;
let papa: PapaParse | undefined;

export function loadIcal(): Ical {
  // The package's CommonJS build exports the object itself; the bundle's file is ESM turned CommonJS,
  // which carries it as `default`.
  if (!ical) {
    ical = defaultOf(require('ical.js') as Ical | { __esModule: true; default: Ical });
    // ical.js folds after 75 octets and then adds the continuation's space: 74 keeps every written
    // line within RFC 6350's 75.
    ical.foldLength = 74;
  }
  return ical;
}

export function loadPapa(): PapaParse {
  papa ??= require('papaparse') as PapaParse;
  return papa;
}

function defaultOf<T>(module: T | { __esModule: true; default: T }): T {
  return typeof module === 'object' && module !== null && '__esModule' in module && 'default' in module ? module.default : (module as T);
}
