import * as assert from 'node:assert/strict';
import { PaymoAuthError, PaymoForbiddenError, PaymoInvalidInputError } from '../../../src/paymo';
import { requestLog } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: sign-in and clients', () => {
  const fx = useApiSandbox();

  it('checks an API key and an email and password with me()', async () => {
    const byKey = await fx.api().me();
    assert.equal(byKey.email, fx.sb.email);
    const byPassword = await fx.api({ credentials: { kind: 'password', email: fx.sb.email, password: fx.sb.password } }).me();
    assert.equal(byPassword.id, byKey.id);
  });

  it("reports wrong credentials as an auth error with the server's message", async () => {
    const error = await rejection(fx.api({ credentials: { kind: 'apiKey', apiKey: 'wrong-key' } }).me(), PaymoAuthError);
    assert.equal(error.status, 401);
    assert.ok(error.message.length > 0);
    await rejection(fx.api({ credentials: { kind: 'password', email: fx.sb.email, password: 'nope' } }).me(), PaymoAuthError);
  });

  it('refuses empty credentials before sending', () => {
    assert.throws(() => fx.api({ credentials: { kind: 'apiKey', apiKey: ' ' } }), PaymoInvalidInputError);
    assert.throws(() => fx.api({ credentials: { kind: 'password', email: 'a@b.c', password: '' } }), PaymoInvalidInputError);
  });

  it('reports a user who may not change contacts as forbidden', async () => {
    const employee = fx.api({ credentials: { kind: 'apiKey', apiKey: fx.sb.employee.apiKey } });
    assert.ok((await employee.listContacts()).length > 0);
    const error = await rejection(employee.createContact({ client_id: 1, name: 'Not Allowed' }), PaymoForbiddenError);
    assert.equal(error.status, 403);
    assert.equal(error.mayHaveReachedServer, false);
  });

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
