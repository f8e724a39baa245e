// Spreadsheets run a cell that starts with = + - @ as a formula, and some first skip what they take
// for nothing: spaces, no-break and zero-width spaces, a leading tab or line break; some read the
// full-width signs an input method types (＝ ＋ － ＠) and the minus sign (−) as the ASCII ones. An
// exported "=HYPERLINK(…)" in a contact's notes would run on the reader's machine. Such cells are
// written with a leading apostrophe, which spreadsheets show as text; a cell that itself starts with
// an apostrophe gets one more, so that reading this extension's own export back (removing exactly
// one apostrophe before those cells) gives every value as it was.

/**
 * The cells papaparse's `escapeFormulae` prefixes with an apostrophe when writing: those starting with
 * a tab, a line break or an apostrophe, and those whose first sign (= + - @, full-width ＝ ＋ － ＠, the
 * minus sign −) comes after nothing but white space (`\s` has the no-break spaces) and zero-width
 * characters (U+180E, U+200B–U+200D, U+2060; U+FEFF is in `\s`).
 */
export const GUARDED_CELL = /^(?:[\t\r\n']|[\s\u180e\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20\u2212])/;

/** A cell of this extension's export as it was before it was guarded. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && GUARDED_CELL.test(cell.slice(1)) ? cell.slice(1) : cell;
}
