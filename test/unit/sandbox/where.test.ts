import * as assert from 'node:assert/strict';
import { parseWhere } from '../../../sandbox/where';
import { useSandbox } from '../../support/sandbox';
import { call, contacts, where } from '../support/sandboxHttp';

describe('sandbox: where', () => {
  const sandbox = useSandbox();
  const ids = async (text: string) => (await contacts(sandbox.current, where(text))).map((c) => c.id);

  it('parses every operator, keywords in any case, and lists', () => {
    assert.deepEqual(parseWhere('client_id=1 and name LIKE "%a%" and id not in (1, 2) and is_main != false'), [
      { field: 'client_id', op: '=', value: 1 },
      { field: 'name', op: 'like', value: '%a%' },
      { field: 'id', op: 'not in', value: [1, 2] },
      { field: 'is_main', op: '!=', value: false },
    ]);
    assert.deepEqual(parseWhere('name = "a \\"b\\" \\\\ c\\%"'), [{ field: 'name', op: '=', value: 'a "b" \\ c\\%' }]);
  });

  it('filters with =, !=, >, >=, <, <=', async () => {
    assert.deepEqual(await ids('id=5'), [5]);
    assert.equal((await ids('id!=5')).length, 299);
    assert.deepEqual(await ids('id>297'), [298, 299, 300]);
    assert.deepEqual(await ids('id>=298'), [298, 299, 300]);
    assert.deepEqual(await ids('id<3'), [1, 2]);
    assert.deepEqual(await ids('id <= 2'), [1, 2]);
    assert.equal(
      (await contacts(sandbox.current, where('client_id=1'))).every((c) => c.client_id === 1),
      true,
    );
  });

  it('filters with like, not like, in and not in', async () => {
    assert.deepEqual(await ids('name like "aaron%"'), [1], 'like ignores ASCII case');
    assert.equal((await ids('name not like "%a%"')).includes(1), false);
    assert.deepEqual(await ids('id in (3,1,2)'), [1, 2, 3]);
    assert.deepEqual(await ids('id not in (1,2) and id < 5'), [3, 4]);
    assert.deepEqual(await ids('name in ("Aaron Cooper", "Helpdesk 24/7 (100% uptime)")'), [1, 3]);
  });

  it('matches a quoted string with a double quote inside exactly', async () => {
    assert.deepEqual(await ids('name="Jean \\"JJ\\" Dupont"'), [2]);
    assert.deepEqual(await ids('name like "%\\"JJ\\"%"'), [2]);
    assert.deepEqual(await ids('name="Siobhán O\'Brien"'), [4]);
  });

  it('treats \\% inside like as a literal percent sign', async () => {
    assert.deepEqual(await ids('name like "%100\\%%"'), [3]);
    assert.equal((await ids('name like "%100%"')).length >= 1, true);
  });

  it('compares with null, booleans and unix timestamps', async () => {
    const noEmail = await contacts(sandbox.current, where('email=null'));
    assert.ok(noEmail.length > 0 && noEmail.every((c) => c.email === null));
    assert.equal((await ids('email!=null')).length, 300 - noEmail.length);
    const mains = await contacts(sandbox.current, where('is_main=true'));
    assert.equal(mains.length, 30);
    assert.equal(new Set(mains.map((c) => c.client_id)).size, 30);
    const cutoff = Date.parse('2023-06-01T00:00:00Z') / 1000;
    const later = await contacts(sandbox.current, where(`created_on>=${cutoff}`));
    assert.ok(later.length > 0 && later.every((c) => Date.parse(c.created_on as string) / 1000 >= cutoff));
    assert.deepEqual((await ids('created_on>="2023-06-01T00:00:00Z"')).length, later.length);
  });

  it('keeps user text in a value: quotes and SQL in a name change nothing', async () => {
    assert.deepEqual(await ids('name="x\\" or 1=1 --"'), []);
    assert.deepEqual(await ids('name="\'; DROP TABLE clientcontacts; --"'), []);
    assert.equal((await ids('id>0')).length, 300);
  });

  it("answers 400 with Paymo's message for an unknown field", async () => {
    const answer = await call(sandbox.current, 'GET', `clientcontacts?${where('nickname="x"')}`);
    assert.equal(answer.status, 400);
    assert.equal(answer.json.message, 'Unknown field or reference: nickname');
    const password = await call(sandbox.current, 'GET', `clientcontacts?${where('password_hash!=null')}`);
    assert.equal(password.json.message, 'Unknown field or reference: password_hash');
  });

  it('answers 400 with a position for bad syntax', async () => {
    for (const text of ['name="open', 'name=bare', 'name ~ "x"', 'id=1 or id=2', 'id in ()', 'name like 5', 'id>null', "name='single'"]) {
      const answer = await call(sandbox.current, 'GET', `clientcontacts?${where(text)}`);
      assert.equal(answer.status, 400, text);
      assert.match(answer.json.message as string, /where/i, text);
    }
  });

  it('filters clients too', async () => {
    const answer = await call<{ clients: { name: string }[] }>(sandbox.current, 'GET', `clients?${where('name like "%GmbH%"')}`);
    assert.deepEqual(
      answer.json.clients.map((c) => c.name),
      ['Nordlicht Design GmbH'],
    );
  });
});
