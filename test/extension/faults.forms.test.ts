// Saving a contact form meets a fault: everything typed stays in the form, the form says what
// happened and what to do, a create is never made twice, and the user's retry (as the form's hint
// tells it) succeeds once the fault is gone.
import * as assert from 'node:assert/strict';
import type { FaultSpec } from '../../sandbox/faults';
import type { FormValues } from '../../src/webviewContract/formMessages';
import type { PaymoContactsApi } from '../../src/testApi';
import { caseGroup } from '../support/caseCounter';
import { serverContact, serverContactsOf } from './support/serverContacts';
import { readyApi, refresh } from './support/contacts';
import { TIMEOUT_DELAY_MS, discardForms, faultGone, faultUntilCleared, withOneSecondTimeout } from './support/faults';
import { deleteOnServer, editFreshContact, only, openForm, save } from './support/forms';
import { signInToSandbox } from './support/sandbox';
import { sandboxControl } from './support/sandboxControl';
import { until } from './support/paymoApi';

const faults = caseGroup('faults (extension host)');

let typed = 0;
function typedValues(): FormValues {
  typed += 1;
  return {
    client_id: 2,
    name: `Typed Before The Fault ${Date.now()}-${typed}`,
    email: `typed.${typed}@example.test`,
    mobile: '+1 555 0110',
    phone: '',
    fax: '',
    skype: 'typed.person',
    position: 'Buyer',
    notes: 'Long call on Tuesday.\nWants the invoice in May.',
    is_main: false,
    access: false,
  };
}

/**
 * The user saves again, as typed, without looking first: the form looks for the contact an uncertain
 * create may have made before creating, so that the contact exists exactly once.
 */
async function saveAgainCreatesOnce(api: PaymoContactsApi, values: FormValues): Promise<void> {
  const existed = (await serverContactsOf(Number(values.client_id))).filter((c) => c.name === values.name);
  await sandboxControl.clearRequests();
  const saved = only(await save(api, 'new', values), 'saved');
  const creates = (await sandboxControl.requests()).filter((r) => r.method === 'POST' && r.path === '/api/clientcontacts');
  assert.equal(creates.length, existed.length === 1 ? 0 : 1, existed.length === 1 ? 'the contact was found, not created again' : 'created now');
  const onServer = (await serverContactsOf(Number(values.client_id))).filter((c) => c.name === values.name);
  assert.equal(onServer.length, 1, 'exactly one contact: never a duplicate');
  assert.equal(saved.state.base?.id, onServer[0]!.id, "the form is that contact's");
  await refresh(api);
  assert.equal(api.store.allContacts().filter((c) => c.name === values.name).length, 1, 'the tree shows it once');
}

const CREATE_FAULTS: { name: string; spec: FaultSpec; says: RegExp; hint: RegExp; slow?: true }[] = [
  {
    name: '500',
    spec: { action: 'status', status: 500, message: 'Database is being upgraded' },
    says: /may have been created.*HTTP 500\): Database is being upgraded/,
    hint: /may have been saved anyway.*before trying again/,
  },
  {
    name: 'a dropped connection after the server stored it',
    spec: { action: 'dropAfter' },
    says: /may have been created.*closed before an answer arrived/,
    hint: /may have been saved anyway.*before trying again/,
  },
  {
    name: 'a timeout',
    spec: { action: 'delay', delayMs: TIMEOUT_DELAY_MS },
    slow: true,
    says: /may have been created.*did not answer within 1 second\./,
    hint: /may have been saved anyway.*before trying again/,
  },
  {
    name: 'a 429 with Retry-After 120 s (said in minutes)',
    spec: { action: 'status', status: 429, retryAfter: 120, message: 'Rate limit exceeded' },
    says: /Rate limit exceeded/,
    hint: /Wait 2 minutes, then save again: your changes are kept/,
  },
];

describe('Faults in the extension: contact forms', () => {
  afterEach(async () => {
    await faultGone();
    await discardForms(await readyApi());
  });

  for (const fault of CREATE_FAULTS) {
    faults.it(`create form meets ${fault.name}: typed data kept, says what to do, created exactly once`, async () => {
      const api = await readyApi();
      const run = async () => {
        await openForm(api, 'createContact', { clientId: 2 }, 'new');
        const values = typedValues();
        await api.panels.simulate('new', { type: 'edit', values });
        await faultUntilCleared({ ...fault.spec, method: 'POST', path: '/api/clientcontacts' });
        const failed = only(await save(api, 'new', values), 'saveFailed');

        assert.match(failed.failure.message, fault.says);
        assert.match(failed.failure.hint, fault.hint);
        assert.deepEqual(api.panels.state('new').values, values, 'everything typed is still in the form');
        assert.match(api.panels.title('new'), /^● /, 'still marked unsaved');
        assert.equal(api.loader.state, 'ready', 'the tree is still there');

        await faultGone();
        await saveAgainCreatesOnce(api, values);
      };
      if (fault.slow) await withOneSecondTimeout(api, run);
      else await run();
    });
  }

  faults.it('create form meets a 401 mid-session: signed out once, typed data kept, saved after signing in again', async () => {
    const api = await readyApi();
    await openForm(api, 'createContact', { clientId: 2 }, 'new');
    const values = typedValues();
    await api.panels.simulate('new', { type: 'edit', values });
    await faultUntilCleared({ action: 'status', status: 401, message: 'Invalid API key', method: 'POST', path: '/api/clientcontacts' });
    const failed = only(await save(api, 'new', values), 'saveFailed');

    assert.match(failed.failure.hint, /Sign in to Paymo again.*your changes are kept/);
    await until(() => api.auth.state === 'signedOut', 'the session to end');
    assert.deepEqual(api.panels.state('new').values, values, 'the form survived the sign-out with everything typed');

    await faultGone();
    await signInToSandbox();
    await until(() => api.loader.state === 'ready', 'the tree to load again');
    only(await save(api, 'new', values), 'saved');
    assert.equal((await serverContactsOf(2)).filter((c) => c.name === values.name).length, 1);
  });

  faults.it('edit form meets a 503 on every attempt: typed data kept, says to save again, and the next save works', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    const values = { ...init.state.values, position: 'Typed during an outage', notes: 'Every word of this stays.' };
    await api.panels.simulate(key, { type: 'edit', values });
    await faultUntilCleared({ action: 'status', status: 503, message: 'Down for maintenance', method: 'PUT', path: `/api/clientcontacts/${contact.id}` });
    const failed = only(await save(api, key, values), 'saveFailed');

    assert.match(failed.failure.message, /HTTP 503\): Down for maintenance/);
    assert.match(failed.failure.hint, /Your changes are kept: save again in a moment/);
    assert.deepEqual(api.panels.state(key).values, values);
    assert.equal(api.store.contact(contact.id)?.position, contact.position, "the tree still shows the server's version");

    await faultGone();
    only(await save(api, key, values), 'saved');
    assert.equal((await serverContact(contact.id))?.position, values.position);
    assert.equal(api.store.contact(contact.id)?.position, values.position);
  });

  faults.it('edit form meets lost answers after the server stored the change: says to check the connection, the next save works', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    const values = { ...init.state.values, position: 'Stored but never confirmed' };
    await api.panels.simulate(key, { type: 'edit', values });
    await faultUntilCleared({ action: 'dropAfter', method: 'PUT', path: `/api/clientcontacts/${contact.id}` });
    const failed = only(await save(api, key, values), 'saveFailed');

    assert.match(failed.failure.message, /closed before an answer arrived/);
    assert.match(failed.failure.hint, /Check your connection.*save again: your changes are kept/);
    assert.deepEqual(api.panels.state(key).values, values);

    await faultGone();
    // The server already has what the user typed: saving again is not a conflict with the user's own change.
    only(await save(api, key, values), 'saved');
    assert.equal((await serverContact(contact.id))?.position, values.position);
  });

  faults.it('delete elsewhere, then save the edit form: said plainly, typed data kept, can be saved as a new contact', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    const values = { ...init.state.values, position: 'Typed while someone deleted it' };
    await api.panels.simulate(key, { type: 'edit', values });
    await deleteOnServer(contact.id);
    only(await save(api, key, values), 'deleted');
    assert.deepEqual(api.panels.state(key).values, values, 'typed data kept');
    assert.equal(api.store.contact(contact.id), undefined, 'the tree dropped the contact');

    const saved = only(await save(api, key, values, { asNew: true }), 'saved');
    assert.equal(saved.created, true);
    assert.equal((await serverContact(saved.state.base!.id))?.position, values.position, 'what was typed lives on in a new contact');
  });
});
