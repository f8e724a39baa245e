import * as assert from 'node:assert/strict';
import { PaymoAuthError, PaymoBadRequestError, type PaymoApi } from '../../../src/paymo';
import { rejection, useApiSandbox } from '../support/apiSandbox';
import { makeImage } from '../support/images';

describe('PaymoApi: log hook', () => {
  const fx = useApiSandbox();
  const PORTAL_PASSWORD = 'Portal-Pa55word!';

  async function everyOperation(api: PaymoApi): Promise<void> {
    await api.me();
    await api.listClients({ active: true });
    const { contact } = await api.createContact(
      { client_id: 1, name: 'Log Test', email: 'log@example.com' },
      { image: { bytes: await makeImage('jpeg'), fileName: 'log.jpg' } },
    );
    await api.updateContact(contact.id, { phone: '123' });
    await api.grantPortalAccess(contact.id, PORTAL_PASSWORD);
    await api.revokePortalAccess(contact.id);
    await api.uploadContactImage(contact.id, { bytes: await makeImage('gif'), fileName: 'log.gif' });
    await rejection(api.updateContact(contact.id, { email: 'broken' }), PaymoBadRequestError);
    await api.deleteContact(contact.id);
  }

  it('records method, path and query, status, duration and attempt for every request', async () => {
    await everyOperation(fx.api());
    assert.equal(fx.logs.length, 10);
    for (const entry of fx.logs) {
      assert.deepEqual(
        Object.keys(entry).filter((k) => !['method', 'url', 'attempt', 'status', 'ms', 'error'].includes(k)),
        [],
      );
      assert.match(entry.url, /^\/api\/[a-z]+/);
      assert.equal(entry.attempt, 1);
      assert.ok(entry.ms >= 0);
    }
    assert.deepEqual(
      fx.logs.map((e) => `${e.method} ${e.status}`),
      [
        // The clients' first page is short: the next (empty) one tells the end from a server's page cap.
        'GET 200',
        'GET 200',
        'GET 200',
        'POST 201',
        'PUT 200',
        'PUT 200',
        'PUT 200',
        'POST 200',
        'PUT 400',
        'DELETE 200',
      ],
    );
    assert.equal(fx.logs[1]!.url, '/api/clients?where=active%3Dtrue&page=0&page_size=100');
    assert.match(fx.logs[2]!.url, /^\/api\/clients\?where=active%3Dtrue%20and%20id%3E\d+&page=0&page_size=100$/);
    assert.equal(fx.logs[8]!.error, 'Invalid email address');
  });

  it('never contains the API key, the password or a portal password', async () => {
    const { apiKey, email, password } = fx.sb;
    await everyOperation(fx.api());
    await everyOperation(fx.api({ credentials: { kind: 'password', email, password } }));
    await rejection(fx.api({ credentials: { kind: 'password', email, password: 'wrong-Secret-1' } }).me(), PaymoAuthError);
    const text = JSON.stringify(fx.logs);
    assert.ok(fx.logs.length >= 19);
    for (const secret of [
      apiKey,
      password,
      PORTAL_PASSWORD,
      'wrong-Secret-1',
      Buffer.from(`${apiKey}:X`).toString('base64'),
      Buffer.from(`${email}:${password}`).toString('base64'),
    ]) {
      assert.ok(!text.includes(secret), `the log contains ${secret}`);
    }
  });
});
