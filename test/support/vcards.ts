// vCard 3.0 text for the tests that import a file: one card of the given property lines, and a file of cards.

/** One card: `vcard('FN:Ana López', 'EMAIL:ana@example.com')`. */
export function vcard(...lines: string[]): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
}

/** A file's text: the cards one after another, with the CRLF line breaks address books write. */
export function vcardFile(cards: readonly string[]): string {
  return cards.join('\r\n');
}
