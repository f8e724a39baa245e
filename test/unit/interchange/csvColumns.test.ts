import * as assert from 'node:assert/strict';
import { mapCard } from '../../../src/interchange/contactMapping';
import { readCsv } from '../../../src/interchange/csvReader';

/** Outlook's CSV with columns a user added, named as members of every JavaScript object are. */
const OUTLOOK_WITH_ODD_HEADERS = [
  'First Name,Last Name,E-mail Address,Constructor,toString,__proto__,hasOwnProperty,valueOf',
  'Bob,Builder,bob@build.example,Mason & Sons,bob.builder,+44 7700 900123,Site manager,Call before 8',
].join('\r\n');

describe('CSV reader: header names are plain keys', () => {
  it('offers columns headed Constructor, toString, __proto__, hasOwnProperty and valueOf for mapping, like any unknown column', () => {
    assert.deepEqual(readCsv(OUTLOOK_WITH_ODD_HEADERS).unknownColumns, ['Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']);
  });

  it('uses them as mapped', () => {
    // A mapping as the mapping step and command arguments make it (entries, so "__proto__" is a key).
    const columns = Object.fromEntries([
      ['Constructor', 'notes'],
      ['toString', 'skype'],
      ['__proto__', 'mobile'],
      ['hasOwnProperty', 'position'],
      ['valueOf', 'notes'],
    ] as const);
    const read = readCsv(OUTLOOK_WITH_ODD_HEADERS, columns);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.unknownColumns, []);
    assert.deepEqual(mapCard(read.cards[0]!.card)?.fields, {
      name: 'Bob Builder',
      email: 'bob@build.example',
      phone: null,
      mobile: '+44 7700 900123',
      fax: null,
      skype: 'bob.builder',
      position: 'Site manager',
      notes: 'Mason & Sons\n\nCall before 8',
    });
  });
});
