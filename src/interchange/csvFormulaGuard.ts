// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, which some strip
// first) as a formula: an exported "=HYPERLINK(…)" in a contact's notes would run on the reader's
// machine. Such cells are written with a leading apostrophe, which spreadsheets show as text; a cell
// that itself starts with an apostrophe gets one more, so that reading back (removing exactly one
// apostrophe before those characters) gives every value as it was.

/** The cells papaparse's `escapeFormulae` prefixes with an apostrophe when writing. */
export const GUARDED_CELL = /^[=+\-@\t\r']/;

/** A cell as it was before it was guarded. */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}
