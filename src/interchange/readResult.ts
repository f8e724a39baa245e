// What reading a contact file gives, whatever its format: the cards read, each with where it was,
// and the entries that could not be read, with why (for the preview and its messages).
import type { Card } from './card';

/**
 * An entry that cannot be read. `brokenLine`: a vCard line that is no property; `unreadable`: the
 * parser's own words in `detail`; (empty CSV rows are skipped, not reported).
 */
export interface ReadProblem {
  kind: 'brokenLine' | 'unreadable';
  /** 1-based position of the card or CSV row (after the header) in the file. */
  index: number;
  /** 1-based line of the file: the broken one, or where the entry starts. */
  line: number;
  detail: string;
}

export interface ReadCard {
  card: Card;
  index: number;
  line: number;
  /** vCard: the card has no END:VCARD (the file, or the next card, begins first); it is read up to `lastLine`. */
  incomplete?: { lastLine: number };
}

export interface ReadResult {
  cards: ReadCard[];
  problems: ReadProblem[];
  /** CSV only: header cells no field was recognised for (a mapping step can offer them). */
  unknownColumns?: string[];
}
