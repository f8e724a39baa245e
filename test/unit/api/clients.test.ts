import * as assert from 'node:assert/strict';
import { requestLog } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: clients', () => {
  const fx = useApiSandbox();

  it('lists active and archived clients with where=active=…', async () => {
    const api = fx.api();
    const all = await api.listClients();
    const active = await api.listClients({ active: true });
    const archived = await api.listClients({ active: false });
    assert.ok(active.length > 0 && archived.length > 0);
    assert.ok(active.every((c) => c.active) && archived.every((c) => !c.active));
    assert.deepEqual(
      [...active, ...archived].map((c) => c.id).sort((a, b) => a - b),
      all.map((c) => c.id).sort((a, b) => a - b),
    );
    // Each list's first page, then the pages after the last id read.
    const firsts = (await requestLog(fx.sb)).filter((r) => !/(^| and )id>\d+$/.test(r.query.where ?? ''));
    assert.deepEqual(
      firsts.map((r) => r.query.where),
      [undefined, 'active=true', 'active=false'],
    );
  });

  it('gets one client, with its contacts when asked to include them', async () => {
    const paymo = fx.api();
    const one = await paymo.getClient(1);
    assert.equal(one.id, 1);
    assert.equal(one.clientcontacts, undefined);
    const withContacts = await paymo.getClient(1, { include: ['clientcontacts'] });
    assert.deepEqual(
      withContacts.clientcontacts?.map((c) => c.id),
      (await paymo.listContacts({ clientId: 1 })).map((c) => c.id),
    );
  });
});
