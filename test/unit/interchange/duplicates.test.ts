import * as assert from 'node:assert/strict';
import { DuplicateFinder } from '../../../src/interchange/duplicates';
import type { ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';

describe("Duplicate finding against the account's contacts", () => {
  const fx = useApiSandbox();
  let contacts: ClientContact[];
  beforeEach(async () => {
    contacts = await fx.api().listContacts();
  });

  it('finds the same email whatever its case and surrounding spaces', () => {
    const aaron = contacts.find((c) => c.id === 1)!;
    const found = new DuplicateFinder(contacts).find({ name: 'Someone Else', email: `  ${aaron.email!.toUpperCase()} ` });
    assert.equal(found?.reason, 'email');
    assert.deepEqual(
      found?.contacts.map((c) => c.id),
      [1],
    );
  });

  it('compares names only when the candidate has no email; a different email is no duplicate even with the same name', () => {
    const finder = new DuplicateFinder(contacts);
    assert.deepEqual(finder.find({ name: '  aaron   COOPER ', email: null }), { reason: 'name', contacts: [contacts.find((c) => c.id === 1)] });
    assert.equal(finder.find({ name: 'Aaron Cooper', email: 'another@example.com' }), undefined);
    assert.equal(finder.find({ name: 'Nobody Known', email: null }), undefined);
  });

  it('also finds a contact added during the import (two cards of one file for the same person)', () => {
    const finder = new DuplicateFinder<ClientContact>([]);
    finder.add({ ...contacts[0]!, id: 5000, name: 'New Person', email: 'new@example.com' });
    assert.equal(finder.find({ name: 'New Person', email: 'NEW@example.com' })?.contacts[0]?.id, 5000);
  });
});
