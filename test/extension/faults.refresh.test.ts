// Refresh meets every fault: the tree keeps what it showed, the view says what happened (no pop-up
// for background work), and a refresh once the fault is gone brings the data back up to date.
import * as assert from 'node:assert/strict';
import type { FaultSpec } from '../../sandbox/faults';
import { caseGroup } from '../support/caseCounter';
import { readyApi, refresh } from './support/contacts';
import { faultGone, faultUntilCleared, TIMEOUT_DELAY_MS, withOneSecondTimeout } from './support/faults';
import { clientNodes, contactNodes } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

const faults = caseGroup('faults (extension host)');

/** `says`: what happened; `advice`: what to do about it (the error presenter's advice, after the data's age). */
const REFRESH_FAULTS: { name: string; spec: FaultSpec; says: RegExp; advice: RegExp }[] = [
  {
    name: '500',
    spec: { action: 'status', status: 500, message: 'Database is being upgraded' },
    says: /HTTP 500\): Database is being upgraded/,
    advice: /Try again in a moment\.$/,
  },
  { name: '502', spec: { action: 'status', status: 502, message: 'Bad gateway' }, says: /HTTP 502\): Bad gateway/, advice: /Try again in a moment\.$/ },
  {
    name: '503',
    spec: { action: 'status', status: 503, message: 'Down for maintenance' },
    says: /HTTP 503\): Down for maintenance/,
    advice: /Try again in a moment\.$/,
  },
  {
    name: '429 Retry-After 120 s',
    spec: { action: 'status', status: 429, retryAfter: 120, message: 'Rate limit exceeded' },
    says: /Rate limit exceeded/,
    advice: /Try again in 120 seconds\.$/,
  },
  { name: 'dropped connection', spec: { action: 'drop' }, says: /closed before an answer arrived/, advice: /Check your network connection and proxy settings/ },
  { name: 'malformed body', spec: { action: 'malformed' }, says: /not valid JSON/, advice: /"paymoContacts\.baseUrl" points at a Paymo API\.$/ },
  {
    name: 'timeout',
    spec: { action: 'delay', delayMs: TIMEOUT_DELAY_MS },
    says: /did not answer within 1 second\./,
    advice: /raise the setting "paymoContacts\.requestTimeoutSeconds"\.$/,
  },
];

describe('Faults in the extension: Refresh', () => {
  afterEach(faultGone);

  for (const fault of REFRESH_FAULTS) {
    faults.it(`refresh meets ${fault.name}: the tree keeps its data, the view says what happened, a later refresh works`, async () => {
      const api = await readyApi();
      const run = async () => {
        const clients = clientNodes(api).length;
        const contacts = api.store.allContacts().length;
        const firstClientContacts = contactNodes(api, clientNodes(api)[0]!).length;
        const popups = api.shownErrors.length;
        await faultUntilCleared({ ...fault.spec, method: 'GET', path: '/api/client' });
        await refresh(api);

        assert.equal(api.loader.state, 'ready', 'the view still shows the tree');
        assert.equal(clientNodes(api).length, clients, 'no client node lost');
        assert.equal(contactNodes(api, clientNodes(api)[0]!).length, firstClientContacts, 'no contact node lost');
        assert.equal(api.store.allContacts().length, contacts, 'the store kept every contact');
        assert.match(api.tree.view.message ?? '', /^Could not refresh from Paymo: /);
        assert.match(api.tree.view.message ?? '', fault.says);
        assert.match(api.tree.view.message ?? '', /Showing the data loaded [^.]*\. /);
        assert.match(api.tree.view.message ?? '', fault.advice, 'the view says what to do, too');
        assert.equal(api.shownErrors.length, popups, 'a failed refresh is said in the view, not in a pop-up');

        await faultGone();
        await refresh(api);
        assert.equal(api.tree.view.message, undefined, 'the message goes once a refresh works');
        assert.equal(api.store.origin, 'server');
        assert.equal(api.store.allContacts().length, contacts);
      };
      if (fault.spec.action === 'delay') await withOneSecondTimeout(api, run);
      else await run();
    });
  }

  faults.it('refresh pressed three times at once: each replaces the last, and whenIdle ends with the last one', async () => {
    const api = await readyApi();
    const loads = [api.loader.refresh(), api.loader.refresh(), api.loader.refresh()];
    const idle = api.loader.whenIdle().then(() => 'idle');
    const stuck = new Promise((resolve) => setTimeout(() => resolve('stuck'), 20_000));
    assert.equal(await Promise.race([idle, stuck]), 'idle', 'whenIdle does not wait forever on a replaced load');
    await Promise.all(loads);
    assert.equal(api.loader.state, 'ready');
    assert.equal(api.store.origin, 'server');
  });

  faults.it('refresh meets a 429 with Retry-After 1 s: it waits and loads, without any message', async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    await sandboxControl.fault({ action: 'status', status: 429, retryAfter: 1, method: 'GET', path: '/api/clients' });
    const popups = api.shownErrors.length;
    await refresh(api);
    assert.equal(api.tree.view.message, undefined);
    assert.equal(api.shownErrors.length, popups);
    const statuses = (await sandboxControl.requests()).filter((r) => r.path === '/api/clients').map((r) => r.status);
    assert.deepEqual(statuses.slice(0, 2), [429, 200], 'the refused request was sent again after waiting');
  });
});
