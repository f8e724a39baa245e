import * as assert from 'node:assert/strict';
import { PaymoOutcomeUnknownError, PaymoServerError, where } from '../../../src/paymo';
import { injectFault, requestLog } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';

// A create that may have reached the server is never sent again: that is how duplicates are made.
describe('PaymoApi: no duplicate contacts, safe retries', () => {
  const fx = useApiSandbox();
  const named = async (name: string) => fx.api().listContacts({ where: where.eq('name', name) });

  it('does not retry a create whose connection dropped after the server stored it', async () => {
    await injectFault(fx.sb, { action: 'dropAfter', method: 'POST', path: '/api/clientcontacts' });
    const error = await rejection(fx.api().createContact({ client_id: 1, name: 'Only Once' }), PaymoOutcomeUnknownError);
    assert.match(error.message, /may have been created/);
    assert.match(error.message, /Refresh and check before creating it again/);
    assert.equal(error.mayHaveReachedServer, true);
    assert.equal((await requestLog(fx.sb)).filter((r) => r.method === 'POST').length, 1);
    assert.equal((await named('Only Once')).length, 1);
  });

  it('does not retry a create after a 500', async () => {
    await injectFault(fx.sb, { action: 'status', status: 500, method: 'POST' });
    const error = await rejection(fx.api().createContact({ client_id: 1, name: 'After 500' }), PaymoOutcomeUnknownError);
    assert.ok(error.cause instanceof PaymoServerError);
    assert.equal((await requestLog(fx.sb)).length, 1);
  });

  it('sends a create again after a 429, which the server did not process', async () => {
    await injectFault(fx.sb, { action: 'status', status: 429, retryAfter: 1, method: 'POST' });
    const { contact } = await fx.api().createContact({ client_id: 1, name: 'After 429' });
    assert.deepEqual(
      (await named('After 429')).map((c) => c.id),
      [contact.id],
    );
    assert.deepEqual(
      (await requestLog(fx.sb)).filter((r) => r.method === 'POST').map((r) => r.status),
      [429, 201],
    );
  });

  it('retries an update after a dropped connection', async () => {
    await injectFault(fx.sb, { action: 'drop', method: 'PUT' });
    const updated = await fx.api().updateContact(2, { position: 'Retried' });
    assert.equal(updated.position, 'Retried');
    assert.deepEqual(
      fx.logs.map((e) => e.attempt),
      [1, 2],
    );
  });

  it('counts a delete as done when a lost answer had already deleted the contact', async () => {
    const api = fx.api();
    const { contact } = await api.createContact({ client_id: 1, name: 'Delete Me' });
    await injectFault(fx.sb, { action: 'dropAfter', method: 'DELETE' });
    await api.deleteContact(contact.id);
    assert.deepEqual(
      (await requestLog(fx.sb)).filter((r) => r.method === 'DELETE').map((r) => r.status),
      [200, 404],
    );
    assert.deepEqual(await named('Delete Me'), []);
  });
});
