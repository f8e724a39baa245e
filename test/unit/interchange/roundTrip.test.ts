import * as assert from 'node:assert/strict';
import { exportText } from '../../../src/interchange/contactExport';
import { mapCard, type MappedFields } from '../../../src/interchange/contactMapping';
import { readCsv } from '../../../src/interchange/csvReader';
import { CSV_COLUMNS, csvHeader } from '../../../src/interchange/csvWriter';
import { readVCards } from '../../../src/interchange/vcardReader';
import { contactToVCard } from '../../../src/interchange/vcardWriter';
import type { ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';

/** Contacts a writer must not break: every character that is syntax in vCard or CSV, and formulas. */
function awkward(base: ClientContact): ClientContact[] {
  return [
    {
      ...base,
      id: 9001,
      name: 'Smith, Jr.; the \\ one',
      email: 'Odd.Case@Example.com',
      position: 'CEO; CTO, CFO',
      notes: 'Line 1\nLine 2; with: colon, comma \\ backslash\r\n\ttabbed',
    },
    {
      ...base,
      id: 9002,
      name: '=HYPERLINK("http://evil.example","click")',
      phone: '+49 30 1234',
      mobile: '-12',
      fax: '@fax',
      skype: "'quoted",
      notes: '=1+2',
      position: null,
      email: null,
    },
    {
      ...base,
      id: 9003,
      name: '周杰伦 🎸 Zoë',
      notes: `${'long '.repeat(40)}ü€𝄞`,
      email: 'zoe@example.com',
      phone: null,
      mobile: null,
      fax: null,
      skype: null,
      position: null,
      image: null,
    },
  ];
}

/** What an import of the contact gives; vCard has one kind of line break, so `\r\n` comes back as `\n`. */
function fieldsOf(contact: ClientContact, lineBreaks: 'kept' | 'lf' = 'kept'): MappedFields {
  const { name, email, phone, mobile, fax, skype, position } = contact;
  const notes = lineBreaks === 'lf' ? (contact.notes?.replace(/\r\n?/g, '\n') ?? null) : contact.notes;
  const clean = (v: string | null) => (v?.trim() ? v.trim() : null);
  return {
    name,
    email: clean(email),
    phone: clean(phone),
    mobile: clean(mobile),
    fax: clean(fax),
    skype: clean(skype),
    position: clean(position),
    notes: clean(notes),
  };
}

describe('Export → import gives the same contacts', () => {
  const fx = useApiSandbox();
  let contacts: ClientContact[];
  const clientName = (c: ClientContact) => `Client ${c.client_id}, Inc; "HQ"`;

  beforeEach(async () => {
    const listed = await fx.api().listContacts();
    contacts = [...listed, ...awkward(listed[0]!)];
  });

  it('vCard 4.0: every field back as it was, for all demo contacts and awkward ones', () => {
    const read = readVCards(Buffer.from(exportText(contacts, { format: 'vcard', clientName }), 'utf8'));
    assert.deepEqual(read.problems, []);
    assert.equal(read.cards.length, contacts.length);
    read.cards.forEach(({ card }, i) => {
      assert.deepEqual(mapCard(card)?.fields, fieldsOf(contacts[i]!, 'lf'), contacts[i]!.name);
      assert.equal(card.organization, clientName(contacts[i]!));
    });
  });

  it('CSV: every field back as it was, formula-like cells guarded in the file', () => {
    const text = csvHeader() + exportText(contacts, { format: 'csv', clientName });
    const read = readCsv(text);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.unknownColumns, []);
    assert.deepEqual(
      read.cards.map(({ card }) => mapCard(card)?.fields),
      contacts.map((c) => fieldsOf(c)),
    );
    const evil = text.split('\r\n').find((line) => line.includes('HYPERLINK'))!;
    assert.ok(evil.startsWith(`"'=HYPERLINK(""http://evil.example"",""click"")",,"'+49 30 1234","'-12","'@fax","''quoted",`), evil);
  });

  it('writes a vCard 4.0 with FN, N, ORG, TITLE, typed EMAIL and TEL, IMPP, NOTE, PHOTO, UID and REV, lines within 75 octets', () => {
    const aaron = contacts.find((c) => c.id === 1)!;
    const text = contactToVCard(aaron, { clientName: 'Acme Corporation', source: fx.sb.apiUrl });
    const lines = text.split('\r\n');
    assert.deepEqual(lines.slice(0, 4), ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Aaron Cooper', 'N:Cooper;Aaron;;;']);
    for (const line of [
      'ORG:Acme Corporation',
      'TITLE:Associate',
      'EMAIL;TYPE=work:aaron.cooper@acme.example',
      'TEL;TYPE=work,voice;VALUE=TEXT:361-613-5188',
      'TEL;TYPE=cell;VALUE=TEXT:630-350-5512',
      'TEL;TYPE=work,fax;VALUE=TEXT:361-613-5188',
      'IMPP:skype:Aaron.Cooper',
      'NOTE:Main contact for everything Acme.',
    ])
      assert.ok(lines.includes(line), `${line} in\n${text}`);
    assert.ok(
      lines.some((l) => l === `PHOTO:${aaron.image}` || l.startsWith('PHOTO:http')),
      text,
    );
    assert.match(text, /\r\nUID:urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\r\n/);
    assert.match(text, /\r\nREV:\d{8}T\d{6}Z\r\n/);
    assert.equal(contactToVCard(aaron, { source: fx.sb.apiUrl }).match(/UID:.*/)?.[0], text.match(/UID:.*/)?.[0], 'the same contact keeps its UID');
    const long = contactToVCard(awkward(aaron)[2]!);
    for (const line of long.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.ok(text.endsWith('END:VCARD\r\n'));
  });

  it('writes one CSV header with the columns the readers know', () => {
    assert.equal(csvHeader(), `${CSV_COLUMNS.join(',')}\r\n`);
  });
});
