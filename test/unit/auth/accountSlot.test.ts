// The account slot decides every name an account persists under: users upgrading from one account
// keep their sign-in, cache and drafts only while these names stay exactly as they were.
import * as assert from 'node:assert/strict';
import { AccountSlot } from '../../../src/auth/accountSlot';

describe('AccountSlot', () => {
  const second = AccountSlot.next([AccountSlot.first]);

  it('keeps the first account under the names single-account versions used', () => {
    const { first } = AccountSlot;
    assert.equal(first.secretKey, 'paymoContacts.session');
    assert.equal(first.keyPrefix, '');
    assert.deepEqual(first.storageFolder, []);
    assert.ok(first.followsBaseUrlSetting && first.staysListed);
    assert.equal(first.signInCommand, 'paymoContacts.signIn');
  });

  it('gives an added account names of its own, and its own server', () => {
    assert.equal(second.number, 2);
    assert.equal(second.secretKey, 'paymoContacts.session.2');
    assert.equal(second.keyPrefix, 'a2/');
    assert.deepEqual(second.storageFolder, ['accounts', '2']);
    assert.ok(!second.followsBaseUrlSetting && !second.staysListed);
    assert.equal(second.signInCommand, 'paymoContacts.addAccount');
  });

  it('tells whose a form key is, and reads back only the added slots it saved', () => {
    assert.ok(AccountSlot.first.ownsKey('contact:7') && !AccountSlot.first.ownsKey('a2/contact:7'));
    assert.ok(second.ownsKey('a2/contact:7') && !second.ownsKey('a3/contact:7') && !second.ownsKey('contact:7'));
    const third = AccountSlot.next([AccountSlot.first, second]);
    assert.equal(AccountSlot.serializeAdded([second, third]), '[2,3]');
    // The same objects come back, so that slots are told apart by identity.
    assert.deepEqual(AccountSlot.parseAdded('[2, 1, "x", 2.5, 3]'), [second, third]);
    assert.equal(AccountSlot.parseAdded('[2]')[0], second);
    assert.deepEqual(AccountSlot.parseAdded('not json'), []);
    assert.deepEqual(AccountSlot.parseAdded(undefined), []);
  });
});
