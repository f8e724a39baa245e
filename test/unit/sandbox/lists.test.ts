import * as assert from 'node:assert/strict';
import { useSandbox } from '../../support/sandbox';
import { call, contacts } from '../support/sandboxHttp';

describe('sandbox: include, order and paging', () => {
  const sandbox = useSandbox();

  it('includes the whole client of a contact', async () => {
    const [contact] = await contacts(sandbox.current, 'where=id=1&include=client');
    const client = contact!.client as Record<string, unknown>;
    assert.equal(client.name, 'Acme Corporation');
    assert.equal(client.id, 1);
    assert.equal(typeof client.image_thumb_small, 'string');
  });

  it('returns only the selected fields with a dotted include', async () => {
    const [contact] = await contacts(sandbox.current, 'where=id=1&include=client.name');
    assert.deepEqual(contact!.client, { name: 'Acme Corporation' });
    const [both] = await contacts(sandbox.current, 'where=id=1&include=client.name,client.active');
    assert.deepEqual(both!.client, { name: 'Acme Corporation', active: true });
  });

  it('includes the contacts of a client', async () => {
    const answer = await call<{ clients: { clientcontacts: { name: string; client_id: number }[] }[] }>(
      sandbox.current,
      'GET',
      'clients/1?include=clientcontacts.name',
    );
    const included = answer.json.clients[0]!.clientcontacts;
    assert.equal(included[0]!.name, 'Aaron Cooper');
    assert.deepEqual(Object.keys(included[0]!), ['name']);
    const listed = await contacts(sandbox.current, 'where=client_id=1');
    assert.equal(included.length, listed.length);
  });

  it('answers 400 for an unknown include or included field', async () => {
    for (const include of ['projects.x', 'owner', 'client.nickname', 'client.name.first']) {
      const answer = await call(sandbox.current, 'GET', `clientcontacts?include=${include}`);
      assert.equal(answer.status, 400, include);
      assert.equal(answer.json.message, `Unknown field or reference: ${include}`);
    }
  });

  it('orders by a field ascending or descending', async () => {
    const byName = await contacts(sandbox.current, 'where=client_id=2&order=name');
    const names = byName.map((c) => c.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')),
    );
    const desc = await contacts(sandbox.current, 'where=client_id=2&order=' + encodeURIComponent('name desc'));
    assert.deepEqual(
      desc.map((c) => c.name),
      [...names].reverse(),
    );
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts?order=shoe_size')).status, 400);
  });

  it('pages with a 0-based page and page_size, and returns everything without them', async () => {
    const first = await contacts(sandbox.current, 'page=0&page_size=100');
    const last = await contacts(sandbox.current, 'page=2&page_size=100');
    const beyond = await contacts(sandbox.current, 'page=3&page_size=100');
    assert.deepEqual([first.length, last.length, beyond.length], [100, 100, 0]);
    assert.equal(first[0]!.id, 1);
    assert.equal(last[99]!.id, 300);
    const odd = await contacts(sandbox.current, 'page=1&page_size=7&order=name');
    const all = await contacts(sandbox.current, 'order=name');
    assert.deepEqual(
      odd.map((c) => c.id),
      all.slice(7, 14).map((c) => c.id),
    );
    assert.equal(all.length, 300);
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts?page=-1&page_size=10')).status, 400);
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts?page_size=0')).status, 400);
  });
});
