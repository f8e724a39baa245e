import * as assert from 'node:assert/strict';
import { mapCard } from '../../../src/interchange/contactMapping';
import { readCsv } from '../../../src/interchange/csvReader';
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
});
