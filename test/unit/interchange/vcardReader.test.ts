import * as assert from 'node:assert/strict';
import { mapCard } from '../../../src/interchange/contactMapping';
import type { Card } from '../../../src/interchange/card';
import { readVCards } from '../../../src/interchange/vcardReader';
import { MAX_IMAGE_BYTES } from '../../../src/paymo';
import { JPEG, PNG, android21, apple30, gmail30, lotusNotes, outlook21, thunderbird40, withBrokenCard } from '../support/vcardCorpus';

function only(bytes: Buffer): Card {
  const result = readVCards(bytes);
  assert.deepEqual(result.problems, []);
  assert.equal(result.cards.length, 1);
  return result.cards[0]!.card;
}

describe('vCard reader: the files address books write', () => {
  it('Outlook 2.1: Windows-1252 quoted-printable with soft line breaks, bare TYPE parameters, a BASE64 photo', () => {
    const card = only(outlook21());
    assert.equal(card.name, 'Jürgen Müller');
    assert.equal(card.familyName, 'Müller');
    assert.equal(card.givenName, 'Jürgen');
    assert.equal(card.title, 'Geschäftsführer');
    assert.equal(card.organization, 'Acme GmbH, Vertrieb');
    assert.equal(card.note, 'Zuständig für Verträge; bitte vormittags anrufen.\nZweite Zeile, mit Komma.');
    assert.deepEqual(
      card.phones.map((p) => [p.value, p.types]),
      [
        ['+49 30 1234567', ['work', 'voice']],
        ['+49 30 7654321', ['home', 'voice']],
        ['+49 170 5550123', ['cell', 'voice']],
        ['+49 30 1234599', ['work', 'fax']],
      ],
    );
    assert.deepEqual(card.emails, [
      { value: 'j.mueller@acme.example', types: ['internet'], pref: 1 },
      { value: 'juergen@home.example', types: ['internet'] },
    ]);
    assert.deepEqual(card.addresses, ['Hauptstraße 1, Berlin, 10115, Deutschland']);
    assert.deepEqual(card.photo?.bytes && Buffer.from(card.photo.bytes), JPEG);
    assert.equal(card.photo?.mediaType, 'image/jpeg');
  });

  it('Gmail 3.0: typed EMAIL/TEL, a grouped ADR, escaped commas and semicolons, LF line ends; a card without a name is read but not mapped', () => {
    const result = readVCards(gmail30());
    assert.equal(result.cards.length, 2);
    const card = result.cards[0]!.card;
    assert.equal(card.name, 'Ana María López');
    assert.equal(card.organization, 'Globex, S.A.');
    assert.equal(card.note, 'Prefers email; answers within a day.\nSpeaks Spanish and English.');
    assert.deepEqual(card.addresses, ['Calle Mayor 5, 2º, Madrid, 28013, España']);
    assert.equal(card.birthday, '1985-04-12');
    assert.deepEqual(card.urls, ['https://globex.example/ana']);
    assert.equal(mapCard(result.cards[1]!.card), undefined);
  });

  it('Apple Contacts / iPhone 3.0: item groups, type=pref, IMPP Skype, a folded note and a folded base64 photo', () => {
    const card = only(apple30());
    assert.equal(card.name, 'Johnny Appleseed');
    assert.deepEqual(
      card.emails.map((e) => [e.value, e.pref]),
      [
        ['johnny@initech.example', 1],
        ['jappleseed@me.example', undefined],
      ],
    );
    assert.deepEqual(card.messaging, [{ value: 'johnny.appleseed', service: 'skype' }]);
    assert.match(card.note ?? '', /^Met at the Lisbon conference\. .* ideally in September\.$/);
    assert.deepEqual(card.photo?.bytes && Buffer.from(card.photo.bytes), PNG);
    assert.equal(card.photo?.mediaType, 'image/png');
  });

  it('Android 2.1: CHARSET=UTF-8 quoted-printable split over lines, PREF among bare parameters', () => {
    const card = only(android21());
    assert.equal(card.name, 'Ольга Петрова');
    assert.equal(card.familyName, 'Петрова');
    assert.deepEqual(
      card.phones.map((p) => [p.value, p.pref]),
      [
        ['+7 916 123-45-67', undefined],
        ['+7 495 123-45-67', undefined],
        ['+7 495 765-43-21', 1],
      ],
    );
  });

  it('Thunderbird 4.0: PREF=1, quoted TYPE lists, VALUE=TEXT numbers, a data: URI photo, escapes', () => {
    const card = only(thunderbird40());
    assert.equal(card.name, 'Dr. Chen Wei');
    assert.deepEqual(
      card.emails.map((e) => [e.value, e.pref]),
      [
        ['wei.private@example.net', 2],
        ['chen.wei@hooli.example', 1],
      ],
    );
    assert.deepEqual(card.phones[1], { value: '+86 138 0000 0000', types: ['cell', 'voice'] });
    assert.equal(card.note, 'Two lines\nand a backslash \\ too');
    assert.deepEqual(card.photo?.bytes && Buffer.from(card.photo.bytes), JPEG);
    assert.equal(card.uid, 'urn:uuid:6f1e9a6c-3b5d-4d2c-9a0e-1c2b3d4e5f60');
    assert.deepEqual(card.messaging, [{ value: 'chen@jabber.example', service: 'xmpp' }]);
  });

  it('Lotus Notes: lower-case names, raw ISO-8859-1 bytes declared by CHARSET, a photo by URL', () => {
    const card = only(lotusNotes());
    assert.equal(card.name, 'François Léger');
    assert.equal(card.familyName, 'Léger');
    assert.equal(card.photo?.uri, 'https://umbrella.example/people/fleger.jpg');
    assert.equal(card.phones.length, 2);
  });

  it('reads every card of a file and reports a broken one by its line, without losing the others', () => {
    const result = readVCards(withBrokenCard());
    assert.deepEqual(
      result.cards.map((c) => c.card.name),
      ['First Good', 'Second Good'],
    );
    assert.deepEqual(result.problems, [{ kind: 'brokenLine', index: 2, line: 8, detail: '' }]);
  });

  it('reads a UTF-16 file with its byte order mark (some Windows exports) and a UTF-8 one with a BOM', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ærø\r\nEND:VCARD\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(only(utf16).name, 'Zoë Ærø');
    assert.equal(only(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).name, 'Zoë Ærø');
  });

  it('reads an undeclared 2.1 value that is not UTF-8 as Windows-1252 rather than replacement characters', () => {
    assert.equal(only(Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren\xe9e Fa\xe7on\r\nEND:VCARD\r\n', 'latin1')).name, 'Renée Façon');
  });

  it('measures a photo larger than Paymo takes from its base64 text instead of decoding it (Apple 3.0 folded, Thunderbird 4.0 data: URI); one at the limit is decoded', () => {
    const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(size - 5, 1), Buffer.from([0xff, 0xd9])]);
    const folded = (base64: string) => base64.replace(/(.{74})/g, '$1\r\n  ');
    const apple = (size: number) =>
      only(Buffer.from(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nPHOTO;ENCODING=b;TYPE=JPEG:${folded(jpeg(size).toString('base64'))}\r\nEND:VCARD\r\n`)).photo;
    const thunderbird = (size: number) =>
      only(Buffer.from(`BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Big\r\nPHOTO:data:image/jpeg;base64,${jpeg(size).toString('base64')}\r\nEND:VCARD\r\n`)).photo;
    for (const size of [MAX_IMAGE_BYTES + 1, MAX_IMAGE_BYTES + 2, MAX_IMAGE_BYTES + 3]) {
      assert.deepEqual(apple(size), { oversizeBytes: size, mediaType: 'image/jpeg' });
      assert.deepEqual(thunderbird(size), { oversizeBytes: size, mediaType: 'image/jpeg' });
    }
    assert.deepEqual(apple(MAX_IMAGE_BYTES)?.bytes && Buffer.from(apple(MAX_IMAGE_BYTES)!.bytes!), jpeg(MAX_IMAGE_BYTES));
    assert.equal(thunderbird(MAX_IMAGE_BYTES)?.bytes?.length, MAX_IMAGE_BYTES);
  });

  it('takes a line whose parameter quote never closes for a broken line', () => {
    const result = readVCards(Buffer.from('BEGIN:VCARD\r\nVERSION:4.0\r\nFN;X="unterminated:Joe\r\nEND:VCARD\r\n'));
    assert.deepEqual(result.cards, []);
    assert.deepEqual(result.problems, [{ kind: 'brokenLine', index: 1, line: 3, detail: '' }]);
  });
});
