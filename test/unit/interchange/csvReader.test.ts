import * as assert from 'node:assert/strict';
import { mapCard } from '../../../src/interchange/contactMapping';
import { readCsv } from '../../../src/interchange/csvReader';
import { CSV_COLUMNS } from '../../../src/interchange/csvWriter';
import { appleCsv, googleCsv, outlookCsv, outlookSemicolonCsv, thunderbirdCsv } from '../support/vcardCorpus';

function rows(text: string) {
  const result = readCsv(text);
  assert.deepEqual(result.problems, []);
  return { result, fields: result.cards.map((c) => mapCard(c.card)?.fields) };
}

describe("CSV reader: the address books' exports", () => {
  it('Google Contacts: label/value pairs, the starred primary, " ::: " lists, multi-line cells; an empty row is skipped', () => {
    const { result, fields } = rows(googleCsv());
    assert.equal(result.cards.length, 2);
    const ana = result.cards[0]!.card;
    assert.equal(ana.name, 'Ana María López');
    assert.deepEqual(
      ana.emails.map((e) => e.value),
      ['ana.lopez@globex.example', 'ana.home@example.com', 'ana2@example.com'],
    );
    assert.deepEqual(ana.addresses, ['Calle Mayor 5, Madrid']);
    assert.deepEqual(fields[0], {
      name: 'Ana María López',
      email: 'ana.lopez@globex.example',
      phone: null,
      mobile: '+34 600 123 456',
      fax: '+34 91 555 0099',
      skype: null,
      position: 'Directora',
      notes: 'Line one\nline two, with comma',
    });
    assert.equal(fields[1]?.phone, '+1 555 0100');
    assert.equal(result.cards[1]!.index, 3);
  });

  it('Outlook: the BOM, "Title" as the prefix beside "Job Title", business phone and fax, a quoted cell with quotes', () => {
    const { result, fields } = rows(outlookCsv());
    assert.deepEqual(fields[0], {
      name: 'Dr. Jürgen Müller',
      email: 'j.mueller@acme.example',
      phone: '+49 30 1234567',
      mobile: '+49 170 5550123',
      fax: '+49 30 1234599',
      skype: null,
      position: 'Geschäftsführer',
      notes: 'Zuständig für Verträge; "bitte" vormittags.',
    });
    assert.deepEqual(result.cards[0]!.card.addresses, ['Hauptstraße 1, Berlin, 10115, Deutschland']);
    assert.deepEqual(result.unknownColumns, ['Department', 'E-mail Display Name']);
  });

  it('Outlook with ";" as the separator', () => {
    const { fields } = rows(outlookSemicolonCsv());
    assert.deepEqual(fields[0], {
      name: 'Anna Schmidt',
      email: 'anna@beispiel.example',
      phone: null,
      mobile: '+49 151 000',
      fax: null,
      skype: null,
      position: 'Leiterin, Einkauf',
      notes: null,
    });
  });

  it('Thunderbird: Primary and Secondary Email, Work Phone, Mobile and Fax Number, Display Name', () => {
    const { result, fields } = rows(thunderbirdCsv());
    assert.deepEqual(fields[0], {
      name: 'Dr. Chen Wei',
      email: 'chen.wei@hooli.example',
      phone: '+86 10 5555 0101',
      mobile: '+86 138 0000 0000',
      fax: '+86 10 5555 0199',
      skype: null,
      position: 'Research lead',
      notes: 'Prefers mornings',
    });
    assert.deepEqual(result.cards[0]!.card.addresses, ['1 Hooli Way, Beijing, 100000, China']);
  });

  it('Apple/iCloud style: Email and Work email, Mobile and Work phone, Skype, LF line ends', () => {
    const { fields } = rows(appleCsv());
    assert.deepEqual(fields[0], {
      name: 'Johnny Appleseed',
      email: 'johnny@initech.example',
      phone: '+1 (555) 010-4040',
      mobile: '+1 (555) 010-1010',
      fax: null,
      skype: 'johnny.appleseed',
      position: 'CTO',
      notes: 'Met in Lisbon',
    });
  });

  it('reports a row whose quote never closes, keeping the rows before it', () => {
    const result = readCsv('Name,Email\r\nGood Row,good@example.com\r\n"Broken,bad@example.com\r\nLast,last@example.com\r\n');
    assert.deepEqual(
      result.cards.map((c) => c.card.name),
      ['Good Row'],
    );
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]!.index, 2);
  });

  it("keeps the apostrophes a third-party file's author typed (Google Contacts: a number typed as text in a spreadsheet, a note)", () => {
    const google = [
      'First Name,Last Name,Notes,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
      `Sean,O'Neil,'Tis the season; '=not a formula,* Work,sean@example.ie,Mobile,'+353 87 123 4567`,
    ].join('\r\n');
    const { fields } = rows(google);
    assert.equal(fields[0]?.name, "Sean O'Neil");
    assert.equal(fields[0]?.notes, "'Tis the season; '=not a formula");
    assert.equal(fields[0]?.mobile, "'+353 87 123 4567");
  });

  it("removes one guard apostrophe only in this extension's own export, known by its exact header row", () => {
    const row = "'=1+2,,'+49 30 1234,,,''quoted,'-12,Acme,'@note";
    const ours = readCsv(`${CSV_COLUMNS.join(',')}\r\n${row}\r\n`).cards[0]!.card;
    assert.deepEqual(
      [ours.name, ours.phones.map((p) => p.value), ours.messaging[0]?.value, ours.title, ours.note],
      ['=1+2', ['+49 30 1234'], "'quoted", '-12', '@note'],
    );
    const reordered = [...CSV_COLUMNS.slice(1), CSV_COLUMNS[0]];
    const lookalike = readCsv(`${reordered.join(',')}\r\n,'+49 30 1234,,,''quoted,'-12,Acme,'@note,'=1+2\r\n`).cards[0]!.card;
    assert.deepEqual(
      [lookalike.name, lookalike.phones.map((p) => p.value), lookalike.messaging[0]?.value, lookalike.title, lookalike.note],
      ["'=1+2", ["'+49 30 1234"], "''quoted", "'-12", "'@note"],
    );
  });
});
