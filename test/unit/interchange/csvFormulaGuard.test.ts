import * as assert from 'node:assert/strict';
import { mapCard } from '../../../src/interchange/contactMapping';
import { loadPapa } from '../../../src/interchange/libraries';
import { readCsv } from '../../../src/interchange/csvReader';
import { csvHeader, csvRows } from '../../../src/interchange/csvWriter';
import type { ClientContact } from '../../../src/paymo';

/** Cells a spreadsheet could run as a formula, each by name: the export writes them behind an apostrophe. */
const GUARDED: readonly [string, string][] = [
  ['equals sign', '=HYPERLINK("http://evil.example","click")'],
  ['plus sign (a phone number)', '+49 30 1234567'],
  ['hyphen-minus', '-2+3'],
  ['at sign', '@SUM(A1:A9)'],
  ['leading tab', '\t=1+2'],
  ['leading carriage return', '\r=1+2'],
  ['leading line feed', '\n=1+2'],
  ['leading line feed before plain text', '\nsecond line first'],
  ['full-width equals sign ＝', '＝1+2'],
  ['full-width plus sign ＋', '＋1+2'],
  ['full-width hyphen-minus －', '－1+2'],
  ['full-width commercial at ＠', '＠SUM(A1)'],
  ['minus sign U+2212', '−1+2'],
  ['spaces before =', '   =1+2'],
  ['no-break space U+00A0 before +', '\u00a0+1+2'],
  ['narrow no-break space U+202F before -', '\u202f-1'],
  ['ideographic space U+3000 before ＝', '\u3000＝1'],
  ['zero-width space U+200B before =', '\u200b=1+2'],
  ['zero-width non-joiner U+200C before @', '\u200c@SUM(A1)'],
  ['zero-width joiner U+200D before +', '\u200d+1'],
  ['word joiner U+2060 before =', '\u2060=1'],
  ['byte order mark U+FEFF before =', '\ufeff=1+2'],
  ['Mongolian vowel separator U+180E before -', '\u180e-1'],
  ['mixed spaces and zero-width spaces before =', ' \u200b\u00a0\ufeff =1'],
  ['an apostrophe of its own', "'quoted"],
  ['an apostrophe before a guarded sign', "'=1+2"],
];

/** Cells that stay as they are. */
const PLAIN: readonly [string, string][] = [
  ['a name', 'Aaron Cooper'],
  ['an email address', 'aaron@acme.example'],
  ['an equals sign inside', 'a=b'],
  ['a space before a letter', ' x'],
  ['a space before an apostrophe', " '=1"],
  ['an en dash', '– item'],
  ['a digit', '2024-01-01'],
];

function contact(id: number, notes: string): ClientContact {
  return {
    id,
    client_id: 1,
    name: `Guard ${id}`,
    email: null,
    mobile: null,
    phone: null,
    fax: null,
    skype: null,
    notes,
    position: null,
    is_main: false,
    access: false,
    image: null,
    image_thumb_large: null,
    image_thumb_medium: null,
    image_thumb_small: null,
    created_on: '2024-01-01T00:00:00Z',
    updated_on: '2024-01-01T00:00:00Z',
  };
}

/** The notes cell of each row as the file has it (what a spreadsheet sees). */
function notesCells(file: string): string[] {
  const [header, ...rows] = loadPapa().parse<string[]>(file, { skipEmptyLines: true }).data;
  const column = header!.indexOf('Notes');
  return rows.map((row) => row[column]!);
}

describe('CSV export: the formula guard', () => {
  const file = (cases: readonly [string, string][]) =>
    csvHeader() + csvRows(cases.map(([, value], i) => ({ contact: contact(i + 1, value), clientName: 'Acme' })));

  for (const [name, value] of GUARDED) {
    it(`guards ${name}: one apostrophe in the file, the text back as it was when the export is imported`, () => {
      const text = file([[name, value]]);
      assert.deepEqual(notesCells(text), [`'${value}`]);
      const read = readCsv(text);
      // The reader trims each cell, as for any CSV: white space around a value is not kept.
      assert.equal(mapCard(read.cards[0]!.card)?.fields.notes, value.trim());
    });
  }

  it('leaves every other cell as it is, and reads it back as it was', () => {
    const text = file(PLAIN);
    assert.deepEqual(
      notesCells(text),
      PLAIN.map(([, value]) => value),
    );
    assert.deepEqual(
      readCsv(text).cards.map(({ card }) => card.note),
      PLAIN.map(([, value]) => value.trim()),
    );
  });
});
