// Contact commands and sign-in meet faults: the pop-up says what failed and what to do (the error
// presenter's advice), the store keeps the contact, and running the command again once the fault
// is gone succeeds. A contact deleted elsewhere is simply gone, with no error.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import { caseGroup } from '../support/caseCounter';
import { useTempFolder } from '../support/tempFolder';
import { serverContact } from './support/serverContacts';
import { makePng } from '../support/png';
import { errorsDuring, freshContact, readyApi } from './support/contacts';
import { deleteOnServer } from './support/forms';
import { faultGone, faultUntilCleared } from './support/faults';
import { clientNodes, command, contactNodes, until } from './support/paymoApi';
import { signInToSandbox, suiteSandbox } from './support/sandbox';
import { sandboxControl } from './support/sandboxControl';

const faults = caseGroup('faults (extension host)');

describe('Faults in the extension: commands and sign-in', () => {
  const folder = useTempFolder('faults');
  afterEach(faultGone);

  faults.it('sign-in meets a 503: says Paymo had a problem and to try again, keeps the session, works once the fault is gone', async () => {
    const api = await readyApi();
    const { apiUrl, apiKey } = suiteSandbox();
    await faultUntilCleared({ action: 'status', status: 503, message: 'Down for maintenance', method: 'GET', path: '/api/me' });
    const errors = await errorsDuring(api, () => command('signIn', { baseUrl: apiUrl, apiKey }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^Sign in to Paymo failed: .*HTTP 503\): Down for maintenance\. Try again in a moment\.$/);
    assert.equal(api.auth.state, 'signedIn', 'the session in use is kept');
    assert.equal(api.loader.state, 'ready');

    await faultGone();
    const result = await command<{ user: { id: number } }>('signIn', { baseUrl: apiUrl, apiKey });
    assert.ok(result?.user.id);
  });

  faults.it('sign-in meets a dropped connection: says to check the network, and works once the fault is gone', async () => {
    const api = await readyApi();
    const { apiUrl, apiKey } = suiteSandbox();
    await faultUntilCleared({ action: 'drop', method: 'GET', path: '/api/me' });
    const errors = await errorsDuring(api, () => command('signIn', { baseUrl: apiUrl, apiKey }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /closed before an answer arrived\. Check your network connection and proxy settings \(http\.proxy\), then try again\.$/);
    await faultGone();
    assert.ok((await command<{ user: { id: number } }>('signIn', { baseUrl: apiUrl, apiKey }))?.user.id);
  });

  faults.it('grant portal access meets a 502 on every attempt: says to try again, nothing changes, the next try works', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: `portal.fault.${Date.now()}@example.test` });
    await faultUntilCleared({ action: 'status', status: 502, message: 'Bad gateway', method: 'PUT', path: `/api/clientcontacts/${contact.id}` });
    const errors = await errorsDuring(api, () => command('grantPortalAccess', { contactId: contact.id, password: 'Portal-pass-502' }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^Grant portal access failed: .*HTTP 502\): Bad gateway\. Try again in a moment\.$/);
    assert.equal(api.store.contact(contact.id)?.access, false, 'the tree does not claim access that was not granted');

    await faultGone();
    const granted = await command<ClientContact>('grantPortalAccess', { contactId: contact.id, password: 'Portal-pass-502' });
    assert.equal(granted?.access, true);
    assert.equal(await sandboxControl.portalLogin(contact.email!, 'Portal-pass-502'), true, 'the contact can sign in to the portal');
  });

  faults.it('image upload meets dropped connections: says to check the network, the next try uploads', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    const file = folder.write('face.png', makePng(24, 24));
    await faultUntilCleared({ action: 'drop', method: 'POST', path: `/api/clientcontacts/${contact.id}` });
    const upload = () => command<ClientContact>('uploadContactImage', { contactId: contact.id, uri: vscode.Uri.file(file) });
    const errors = await errorsDuring(api, upload);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^Upload contact image failed: .*closed before an answer arrived\. Check your network connection/);
    assert.ok(api.store.contact(contact.id), 'the contact is still in the tree');

    await faultGone();
    assert.ok((await upload())?.image, 'uploaded once the fault is gone');
    assert.ok((await serverContact(contact.id))?.image);
  });

  faults.it('delete of a contact deleted elsewhere (404): no error, it is simply gone from the tree', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { client_id: 3 });
    await deleteOnServer(contact.id);
    const errors = await errorsDuring(api, () => command('deleteContact', { contactId: contact.id, confirmed: true }));
    assert.deepEqual(errors, []);
    assert.equal(api.store.contact(contact.id), undefined);
    const client3 = clientNodes(api).find((n) => n.client.id === 3)!;
    assert.ok(!contactNodes(api, client3).some((n) => n.contact.id === contact.id), 'no node left for it');
  });

  faults.it('delete meets a 503 on every attempt: says to try again, keeps the contact, the next try deletes it', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    await faultUntilCleared({ action: 'status', status: 503, message: 'Down for maintenance', method: 'DELETE', path: `/api/clientcontacts/${contact.id}` });
    const errors = await errorsDuring(api, () => command('deleteContact', { contactId: contact.id, confirmed: true }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^Delete contact failed: .*HTTP 503\).*Try again in a moment\.$/);
    assert.ok(api.store.contact(contact.id), 'still in the tree');
    assert.ok(await serverContact(contact.id), 'still on the server');

    await faultGone();
    await command('deleteContact', { contactId: contact.id, confirmed: true });
    assert.equal(await serverContact(contact.id), undefined);
    assert.equal(api.store.contact(contact.id), undefined);
  });

  faults.it('delete whose answer is lost after the server deleted it: done, without an error', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    await sandboxControl.fault({ action: 'dropAfter', method: 'DELETE', path: `/api/clientcontacts/${contact.id}` });
    const errors = await errorsDuring(api, () => command('deleteContact', { contactId: contact.id, confirmed: true }));
    assert.deepEqual(errors, []);
    assert.equal(await serverContact(contact.id), undefined);
    assert.equal(api.store.contact(contact.id), undefined);
  });

  faults.it('a 401 mid-session during a command: back to signed out once, no error pop-up, the command works after signing in', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: `expired.${Date.now()}@example.test` });
    await faultUntilCleared({ action: 'status', status: 401, message: 'Invalid API key' });
    const errors = await errorsDuring(api, () => command('grantPortalAccess', { contactId: contact.id, password: 'Portal-pass-401' }));
    await until(() => api.auth.state === 'signedOut', 'the session to end');
    assert.deepEqual(errors, [], 'the session says it once, as a sign-in prompt, not as an error');
    assert.equal(api.loader.state, 'signedOut');
    assert.match(api.tree.view.message ?? '', /Sign in again/);

    await faultGone();
    await signInToSandbox();
    await until(() => api.loader.state === 'ready', 'the tree to load again');
    assert.equal((await command<ClientContact>('grantPortalAccess', { contactId: contact.id, password: 'Portal-pass-401' }))?.access, true);
  });
});
