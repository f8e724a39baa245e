import * as assert from 'node:assert/strict';
import { setQuirks, useSandbox } from '../../support/sandbox';
import { call, contacts, where } from '../support/sandboxHttp';

// What a delta refresh asks, answered as Paymo answers it: field selection on the main object,
// `updated_on`/`created_on` compared as unix seconds, and the quirks of real servers on request.
describe('sandbox: what a refresh asks', () => {
  const sandbox = useSandbox();

  it('selects fields of the main object with include: ids only, or ids and update times, and still includes related objects', async () => {
    const ids = await contacts(sandbox.current, 'include=id&page=0&page_size=5');
    assert.deepEqual(ids, [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }]);
    const [two] = await contacts(sandbox.current, 'include=id,updated_on&where=id=2');
    assert.deepEqual(Object.keys(two!), ['id', 'updated_on']);
    assert.match(String(two!.updated_on), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const [withClient] = await contacts(sandbox.current, 'include=id,client.name&where=id=1');
    assert.deepEqual(withClient, { id: 1, client: { name: 'Acme Corporation' } });
    const clients = await call<{ clients: unknown[] }>(sandbox.current, 'GET', 'clients?include=id');
    assert.deepEqual(clients.json.clients[0], { id: 1 });
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts?include=id,shoe_size')).status, 400);
  });

  it('compares updated_on with unix seconds through every operator', async () => {
    await call(sandbox.current, 'PUT', 'clientcontacts/5', { body: { position: 'Touched' } });
    const [touched] = await contacts(sandbox.current, 'where=id=5');
    const t = Date.parse(String(touched!.updated_on)) / 1000;
    const matching = async (op: string) => (await contacts(sandbox.current, `include=id&${where(`updated_on${op}${t}`)}`)).map((c) => c.id);
    assert.ok((await matching('=')).includes(5));
    assert.ok(!(await matching('!=')).includes(5));
    assert.ok((await matching('>=')).includes(5));
    assert.ok(!(await matching('>')).includes(5));
    assert.ok((await matching('<=')).includes(5));
    assert.ok(!(await matching('<')).includes(5));
    assert.equal((await matching('>')).length + (await matching('<=')).length, 300, 'the two halves cover every contact');
  });

  it('answers a small page at any position, so a client can count without listing', async () => {
    assert.equal((await contacts(sandbox.current, 'include=id&page=299&page_size=1')).length, 1);
    assert.equal((await contacts(sandbox.current, 'include=id&page=300&page_size=1')).length, 0);
    assert.deepEqual(await contacts(sandbox.current, 'include=id&page=99&page_size=3'), [{ id: 298 }, { id: 299 }, { id: 300 }]);
  });

  it('caps pages and reshapes a record when asked to play a real server', async () => {
    await setQuirks(sandbox.current, { maxPageSize: 50, reshape: [{ collection: 'clientcontacts', id: 2, set: { is_main: null }, remove: ['created_on'] }] });
    const page = await contacts(sandbox.current, 'page=1&page_size=100');
    assert.deepEqual([page.length, page[0]!.id], [50, 51], 'offsets follow the capped size');
    const [odd] = await contacts(sandbox.current, 'where=id=2');
    assert.equal(odd!.is_main, null);
    assert.ok(!('created_on' in odd!));
  });
});
