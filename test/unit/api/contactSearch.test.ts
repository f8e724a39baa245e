import * as assert from 'node:assert/strict';
import { where } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';

// User text in a `where` is a value, never part of the filter: the sandbox parses it as Paymo does.
describe('PaymoApi: where with user text', () => {
  const fx = useApiSandbox();
  const tricky = ['Jo "The Boss" O\'Neil', 'Back\\slash "quoted"', '100% Sure', 'Under_score'];

  before(async () => {
    const api = fx.api();
    for (const name of [...tricky, 'Jo The Boss ONeil', '1000 Surely', 'UnderXscore']) {
      await api.createContact({ client_id: 3, name });
    }
  });

  it('finds a name with quotes, apostrophes and backslashes exactly', async () => {
    const paymo = fx.api();
    for (const name of tricky) {
      const found = await paymo.listContacts({ where: where.eq('name', name) });
      assert.deepEqual(
        found.map((c) => c.name),
        [name],
      );
    }
  });

  it('finds nothing for a search that tries to break out of the quotes', async () => {
    const paymo = fx.api();
    assert.deepEqual(await paymo.listContacts({ where: where.contains('name', '" or 1=1') }), []);
    assert.deepEqual(await paymo.listContacts({ where: where.eq('name', '" or name like "%') }), []);
  });

  it('treats % and _ in search text literally', async () => {
    const paymo = fx.api();
    assert.deepEqual(
      (await paymo.listContacts({ where: where.contains('name', '0% s') })).map((c) => c.name),
      ['100% Sure'],
    );
    assert.deepEqual(
      (await paymo.listContacts({ where: where.contains('name', 'r_s') })).map((c) => c.name),
      ['Under_score'],
    );
    assert.deepEqual(
      (await paymo.listContacts({ where: where.contains('name', 'boss" o') })).map((c) => c.name),
      ['Jo "The Boss" O\'Neil'],
    );
  });

  it('combines a client filter with a search', async () => {
    const paymo = fx.api();
    const found = await paymo.listContacts({ clientId: 3, where: where.contains('name', 'sure') });
    assert.deepEqual(found.map((c) => c.name).sort(), ['100% Sure', '1000 Surely']);
    assert.deepEqual(await paymo.listContacts({ clientId: 4, where: where.contains('name', 'sure') }), []);
  });
});
