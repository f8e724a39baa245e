import * as assert from 'node:assert/strict';
import { mapCard } from '../../../src/interchange/contactMapping';
import { readVCards } from '../../../src/interchange/vcardReader';
import { androidCutOff21, appleJoinedWithoutEnd30, gmailQuotes30, outlookAgent21 } from '../support/vcardCorpus';

describe('vCard reader: what real files get wrong, read as the widely used readers read it', () => {
  it("Gmail's \\\" reads as a double quote: no backslash in the note, name, title or organisation; vCard's own escapes still apply", () => {
    const result = readVCards(gmailQuotes30());
    assert.deepEqual(result.problems, []);
    const card = result.cards[0]!.card;
    assert.equal(card.note, 'She said "call me after 5", then left; door code 12\\34.\nSecond line.');
    assert.equal(card.name, 'Ana "Anita" López');
    assert.equal(card.title, 'Head of "Special" Projects');
    assert.equal(card.organization, 'Globex "East", Sales');
    assert.equal(mapCard(card)?.fields.notes, 'She said "call me after 5", then left; door code 12\\34.\nSecond line.');
  });

  it('a Shift_JIS note (Japanese phones) keeps ソ, whose second byte is the one a backslash has, and reads its escapes', () => {
    const note = Buffer.from([0x83, 0x5c, 0x83, 0x74, 0x83, 0x67, 0x5c, 0x6e, 0x5c, 0x22, 0x4f, 0x4b, 0x5c, 0x22]); // ソフト\n\"OK\"
    const file = Buffer.concat([Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sato\r\nNOTE;CHARSET=SHIFT_JIS:'), note, Buffer.from('\r\nEND:VCARD\r\n')]);
    assert.equal(readVCards(file).cards[0]?.card.note, 'ソフト\n"OK"');
  });

  it('an Android export cut off inside its last card: the card is read and marked incomplete with the line it was read to', () => {
    const result = readVCards(androidCutOff21());
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.cards.map((c) => [c.index, c.line, c.card.name, c.incomplete]),
      [
        [1, 1, 'Olga Petrova', undefined],
        [2, 7, 'Pyotr Ivanov', { lastLine: 12 }],
      ],
    );
    assert.deepEqual(result.cards[1]!.card.emails, [{ value: 'pyotr@rosa.example', types: ['work'] }]);
  });

  it('a card whose END:VCARD is missing before the next BEGIN:VCARD is read up to there, marked incomplete, and the next card is read too', () => {
    const result = readVCards(appleJoinedWithoutEnd30());
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.cards.map((c) => [c.index, c.line, c.card.name, c.incomplete]),
      [
        [1, 1, 'Johnny Appleseed', { lastLine: 6 }],
        [2, 7, 'Bill Lumbergh', undefined],
      ],
    );
    assert.deepEqual(
      result.cards[0]!.card.emails.map((e) => e.value),
      ['johnny@initech.example'],
    );
  });

  it("an Outlook 2.1 card with an embedded AGENT card stays the person's: the assistant's details are left out, the lines after it and the next card read", () => {
    const result = readVCards(outlookAgent21());
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.cards.map((c) => [c.index, c.line, c.card.name]),
      [
        [1, 1, 'Jürgen Müller'],
        [2, 19, 'Anna Weber'],
      ],
    );
    const person = result.cards[0]!.card;
    assert.equal(person.title, 'Geschäftsführer');
    assert.deepEqual(
      person.phones.map((p) => p.value),
      ['+49 30 1234567'],
    );
    assert.deepEqual(
      person.emails.map((e) => e.value),
      ['j.mueller@acme.example'],
    );
    assert.equal(person.note, 'Termine über Frau Schmidt.');
    assert.equal(result.cards[0]!.incomplete, undefined);
  });

  it('an AGENT card that never ends makes its person incomplete, not lost', () => {
    const text = ['BEGIN:VCARD', 'VERSION:2.1', 'FN:Jürgen Müller', 'AGENT:', 'BEGIN:VCARD', 'VERSION:2.1', 'FN:Petra Schmidt', ''].join('\r\n');
    const result = readVCards(Buffer.from(text, 'utf8'));
    assert.deepEqual(
      result.cards.map((c) => [c.card.name, c.incomplete]),
      [['Jürgen Müller', { lastLine: 7 }]],
    );
  });
});
