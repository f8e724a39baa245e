import * as assert from 'node:assert/strict';
import { mapCard, notesWithLeftovers } from '../../../src/interchange/contactMapping';
import { readVCards } from '../../../src/interchange/vcardReader';
import { apple30, gmail30, LABELS, outlook21, thunderbird40 } from '../support/vcardCorpus';

function mapped(bytes: Buffer, index = 0) {
  const result = mapCard(readVCards(bytes).cards[index]!.card);
  assert.ok(result);
  return result;
}

describe('Card → Paymo contact mapping', () => {
  it('puts the work number in phone, the cell in mobile, the fax in fax, the preferred email in email (Outlook 2.1)', () => {
    const { fields, leftovers, photo } = mapped(outlook21());
    assert.deepEqual(fields, {
      name: 'Jürgen Müller',
      email: 'j.mueller@acme.example',
      phone: '+49 30 1234567',
      mobile: '+49 170 5550123',
      fax: '+49 30 1234599',
      skype: null,
      position: 'Geschäftsführer',
      notes: 'Zuständig für Verträge; bitte vormittags anrufen.\nZweite Zeile, mit Komma.',
    });
    assert.deepEqual(leftovers, [
      { kind: 'email', value: 'juergen@home.example' },
      { kind: 'phone', value: '+49 30 7654321 (home)' },
      { kind: 'address', value: 'Hauptstraße 1, Berlin, 10115, Deutschland' },
      { kind: 'organization', value: 'Acme GmbH, Vertrieb' },
    ]);
    assert.ok(photo?.bytes);
  });

  it('takes the preferred cell for mobile and Skype from IMPP; a second cell and an unlabeled number are left over (Apple)', () => {
    const { fields, leftovers } = mapped(apple30());
    assert.equal(fields.mobile, '+1 (555) 010-1010');
    assert.equal(fields.phone, '+1 (555) 010-4040');
    assert.equal(fields.skype, 'johnny.appleseed');
    assert.equal(fields.email, 'johnny@initech.example');
    assert.deepEqual(
      leftovers.filter((l) => l.kind === 'phone').map((l) => l.value),
      ['+1 (555) 010-2020 (iphone, cell)', '+1 (555) 010-3030'],
    );
  });

  it('follows PREF=1 over the order of the card (Thunderbird 4.0)', () => {
    const { fields, leftovers } = mapped(thunderbird40());
    assert.equal(fields.email, 'chen.wei@hooli.example');
    assert.deepEqual(leftovers.slice(0, 2), [
      { kind: 'email', value: 'wei.private@example.net' },
      { kind: 'messaging', value: 'xmpp: chen@jabber.example' },
    ]);
  });

  it("keeps what does not fit in the notes only when asked, after the card's own notes", () => {
    const { fields, leftovers } = mapped(gmail30());
    assert.equal(fields.notes, 'Prefers email; answers within a day.\nSpeaks Spanish and English.');
    assert.equal(
      notesWithLeftovers(fields.notes, leftovers, LABELS),
      [
        'Prefers email; answers within a day.\nSpeaks Spanish and English.',
        [
          'Email: ana.lopez@globex.example',
          'Address: Calle Mayor 5, 2º, Madrid, 28013, España',
          'Birthday: 1985-04-12',
          'Web: https://globex.example/ana',
          'Organization: Globex, S.A.',
        ].join('\n'),
      ].join('\n\n'),
    );
    assert.equal(notesWithLeftovers(null, [], LABELS), null);
  });

  it('refuses a card without a name', () => {
    assert.equal(mapCard(readVCards(gmail30()).cards[1]!.card), undefined);
  });
});
