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

  it('many of one name: each look-up finds every one added before it, in the order added, and an email only by email', () => {
    const finder = new DuplicateFinder<ClientContact>(contacts);
    const aaron = contacts.find((c) => c.id === 1)!;
    for (let i = 0; i < 5000; i++) {
      assert.equal(finder.find({ name: 'Aaron Cooper', email: null })?.contacts.length, 1 + i);
      finder.add({ ...aaron, id: 10_000 + i, email: i % 2 ? null : `aaron.${i}@example.com` });
    }
    const found = finder.find({ name: 'AARON COOPER', email: null });
    assert.deepEqual(
      found?.contacts.slice(0, 3).map((c) => c.id),
      [1, 10_000, 10_001],
    );
    assert.deepEqual(
      finder.find({ name: 'Aaron Cooper', email: 'aaron.4@example.com' })?.contacts.map((c) => c.id),
      [10_004],
    );
  });
});
