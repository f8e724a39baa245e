// What makes an account's tree items and form keys unique beside another account's records of the
// same id: nothing for the first account (its ids stay as they were with one account), `a2/`… else.
// Form keys come back from VS Code after a reload (a panel's saved state), so they are checked
// against the same rule that made them.

export function keyPrefixOf(slot: number): string {
  return slot === 1 ? '' : `a${slot}/`;
}

/** Any added account's key prefix, as a regular expression's source. */
export const ADDED_KEY_PREFIX = 'a[1-9]\\d*/';
