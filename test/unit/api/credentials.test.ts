import * as assert from 'node:assert/strict';
import { PaymoAuthError, PaymoForbiddenError, PaymoInvalidInputError } from '../../../src/paymo';
import { rejection, useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: credentials, checked with me(), and what a user may do', () => {
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
    assert.deepEqual(error.refused, { operation: 'create', collection: 'clientcontacts' }, 'what was refused, for a message that names the permission');
    assert.equal(error.serverMessage, 'Only administrators can add, change or delete clients and contacts');
  });
});
