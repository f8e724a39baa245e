import * as assert from 'node:assert/strict';
import { companyName } from '../../../src/paymo';
import { injectFault, requestLog, setQuirks, type FaultSpec } from '../../support/sandbox';
import { closedPort, useApiSandbox } from '../support/apiSandbox';

describe('companyName: the account name for labels, or undefined', () => {
  const fx = useApiSandbox();

  it("is the company's name", async () => {
    assert.equal(await companyName(fx.api()), 'Demo Agency');
  });

  it('is one line, without the spaces around it', async () => {
    await setQuirks(fx.sb, { reshape: [{ collection: 'company', id: 1, set: { name: '  Demo\n  Agency\t' } }] });
    assert.equal(await companyName(fx.api()), 'Demo Agency');
  });

  it('is undefined for a blank name', async () => {
    await setQuirks(fx.sb, { reshape: [{ collection: 'company', id: 1, set: { name: ' \n ' } }] });
    assert.equal(await companyName(fx.api()), undefined);
  });

  const failures: { what: string; fault: FaultSpec }[] = [
    { what: 'a server without /api/company (404)', fault: { action: 'status', status: 404 } },
    { what: 'a refusal (403)', fault: { action: 'status', status: 403 } },
    { what: 'a server error, also after the retries (500)', fault: { action: 'status', status: 500, count: 3 } },
    { what: 'a dropped connection, also after the retries', fault: { action: 'drop', count: 3 } },
    { what: 'an answer that is not JSON', fault: { action: 'malformed' } },
    { what: 'an answer without `company` (200 with a message)', fault: { action: 'status', status: 200 } },
  ];
  for (const { what, fault } of failures) {
    it(`is undefined, without throwing, for ${what}`, async () => {
      await injectFault(fx.sb, { ...fault, path: '/api/company' });
      assert.equal(await companyName(fx.api()), undefined);
      assert.ok(
        (await requestLog(fx.sb)).every((r) => r.path === '/api/company'),
        'asks nothing else',
      );
    });
  }

  it('is undefined for a company name that is not text', async () => {
    await setQuirks(fx.sb, { reshape: [{ collection: 'company', id: 1, set: { name: 42 } }] });
    assert.equal(await companyName(fx.api()), undefined);
  });

  it('is undefined for wrong credentials and for a server that does not answer', async () => {
    assert.equal(await companyName(fx.api({ credentials: { kind: 'apiKey', apiKey: 'not-a-key' } })), undefined);
    assert.equal(await companyName(fx.api({ baseUrl: `http://127.0.0.1:${await closedPort()}/api/` })), undefined);
  });

  it('is undefined when cancelled, and sends nothing when cancelled before', async () => {
    const before = new AbortController();
    before.abort();
    assert.equal(await companyName(fx.api(), before.signal), undefined);
    assert.deepEqual(await requestLog(fx.sb), []);

    await injectFault(fx.sb, { action: 'delay', delayMs: 2000, path: '/api/company' });
    const during = new AbortController();
    const naming = companyName(fx.api(), during.signal);
    setTimeout(() => during.abort(), 100);
    const started = Date.now();
    assert.equal(await naming, undefined);
    assert.ok(Date.now() - started < 1500, 'gives up when cancelled, not when the server answers');
  });
});
