import * as assert from 'node:assert/strict';
import { PaymoAuthError, PaymoForbiddenError, PaymoMalformedResponseError, PaymoNotFoundError } from '../../../src/paymo';
import { addUser, injectFault, requestLog, setQuirks } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: the company (getCompany)', () => {
  const fx = useApiSandbox();

  it("reads the signed-in user's company as its id and name, with one GET /api/company", async () => {
    assert.deepEqual(await fx.api().getCompany(), { id: 1, name: 'Demo Agency' }, "Paymo's other company fields are dropped");
    assert.deepEqual(
      (await requestLog(fx.sb)).map((r) => `${r.method} ${r.path}`),
      ['GET /api/company'],
    );
  });

  it("reads another account's company with that account's credentials", async () => {
    const added = await addUser(fx.sb, { name: 'Nia North', email: `nia.${Date.now()}@example.com`, password: 'nia-password', company: 'Northwind Studio' });
    const byKey = fx.api({ credentials: { kind: 'apiKey', apiKey: added.apiKey } });
    assert.deepEqual(await byKey.getCompany(), added.company);
    const byPassword = fx.api({ credentials: { kind: 'password', email: added.email, password: 'nia-password' } });
    assert.equal((await byPassword.getCompany()).name, 'Northwind Studio');
  });

  it('reports a server without /api/company (404) as PaymoNotFoundError, asked once', async () => {
    await injectFault(fx.sb, { action: 'status', status: 404, path: '/api/company', message: 'Unknown API endpoint: /api/company' });
    const error = await rejection(fx.api().getCompany(), PaymoNotFoundError);
    assert.equal(error.message, 'Unknown API endpoint: /api/company');
    assert.equal((await requestLog(fx.sb)).length, 1);
  });

  it('reports a refusal (403) and wrong credentials (401) by their kinds', async () => {
    await injectFault(fx.sb, { action: 'status', status: 403, path: '/api/company', message: 'Your plan does not include this' });
    await rejection(fx.api().getCompany(), PaymoForbiddenError);
    await rejection(fx.api({ credentials: { kind: 'apiKey', apiKey: 'not-a-key' } }).getCompany(), PaymoAuthError);
  });

  it('refuses an answer without a usable company: no `company` in it, a name that is not text', async () => {
    // A 200 whose body is {"message": …}: no `company` at all.
    await injectFault(fx.sb, { action: 'status', status: 200, path: '/api/company', message: 'not a company' });
    const missing = await rejection(fx.api().getCompany(), PaymoMalformedResponseError);
    assert.equal(missing.problem.kind, 'unexpectedShape');

    await setQuirks(fx.sb, { reshape: [{ collection: 'company', id: 1, set: { name: null } }] });
    const nullName = await rejection(fx.api().getCompany(), PaymoMalformedResponseError);
    const { problem } = nullName;
    assert.ok(problem.kind === 'unexpectedShape' && problem.path === 'company.name', JSON.stringify(problem));
  });
});
