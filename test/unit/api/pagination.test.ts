import * as assert from 'node:assert/strict';
import { generateData, requestLog, resetSandbox } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: paging', () => {
  const fx = useApiSandbox();

  it('reads every page until a short one', async () => {
    const api = fx.api({ pageSize: 7 });
    const everything = await fx.api({ pageSize: 2500 }).listContacts();
    const contacts = await api.listContacts({ order: 'name' });
    assert.equal(contacts.length, everything.length);
    assert.equal(new Set(contacts.map((c) => c.id)).size, everything.length);
    const pages = (await requestLog(fx.sb)).filter((r) => r.query.page_size === '7').map((r) => r.query);
    assert.equal(pages.length, Math.floor(everything.length / 7) + 1);
    pages.forEach((query, i) => assert.deepEqual(query, { order: 'name', page: String(i), page_size: '7' }));
  });

  it('brings all of more than 2,500 contacts', async function () {
    this.timeout(60_000);
    await resetSandbox(fx.sb, 'empty');
    await generateData(fx.sb, { clients: 130, contactsPerClient: 20 });
    const contacts = await fx.api().listContacts();
    assert.equal(contacts.length, 2600);
    assert.equal(new Set(contacts.map((c) => c.id)).size, 2600);
    assert.equal((await requestLog(fx.sb)).length, 27);
  });
});
