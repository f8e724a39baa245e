// After a full journey (sign in with a password and with a key, browse, create, edit, grant portal
// access, upload, delete), nothing secret is anywhere outside SecretStorage: settings, global and
// workspace state, global storage (the disk cache), the log, the window's log files, the forms'
// state and messages. Every form page has a strict CSP. Signing out forgets the secret and the data.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import type { FormValues } from '../../src/webviewContract/formMessages';
import type { PaymoContactsApi } from '../../src/testApi';
import { caseGroup } from '../support/caseCounter';
import { makePng } from '../support/png';
import { acceptingPicks, freshContact, readyApi, refresh } from './support/contacts';
import { discardForms } from './support/faults';
import { only, openForm, save } from './support/forms';
import { clientNodes, command, contactNodes, imagesShown, until } from './support/paymoApi';
import { suiteSandbox } from './support/sandbox';
import { sandboxControl } from './support/sandboxControl';
import { cspOf, filesUnder, leaks, Secrets } from './support/security';

/** The first account's SecretStorage key, as single-account versions stored it. */
const SECRET_KEY = 'paymoContacts.session';

const security = caseGroup('security');

const DEMO_EMAIL = 'demo@example.com';
const DEMO_PASSWORD = 'demo-password';
const stamp = Date.now();
const PORTAL = { create: `Create-portal-${stamp}`, edit: `Edit-portal-${stamp}`, grant: `Grant-portal-${stamp}`, draft: `Draft-portal-${stamp}` };
const WRONG_KEY = `wrong-api-key-${stamp}`;

/** Sign in with a password, then with the key; browse; create, edit, grant, upload, delete; leave a failed save's draft open. */
async function journey(api: PaymoContactsApi, secrets: Secrets): Promise<void> {
  const { apiUrl, apiKey } = suiteSandbox();
  await command('signIn', { baseUrl: apiUrl, apiKey: WRONG_KEY });
  assert.ok(await command('signIn', { baseUrl: apiUrl, email: DEMO_EMAIL, password: DEMO_PASSWORD }), 'signed in with the password');
  await api.loader.whenIdle();
  assert.ok(await command('signIn', { baseUrl: apiUrl, apiKey }), 'signed in with the key');
  await api.loader.whenIdle();

  for (const client of clientNodes(api).slice(0, 5)) {
    api.tree.getTreeItem(client);
    contactNodes(api, client).forEach((node) => api.tree.getTreeItem(node));
  }
  await acceptingPicks('paymoContacts.searchContacts', { query: 'Aaron Cooper' });
  await command('openContact', { contactId: 1 });

  await openForm(api, 'createContact', { clientId: 7 }, 'new');
  const values: FormValues = {
    client_id: 7,
    name: `Journey Person ${stamp}`,
    email: `journey.${stamp}@example.test`,
    mobile: '+1 555 0170',
    phone: '',
    fax: '',
    skype: '',
    position: 'Buyer',
    notes: 'Made by the security journey.',
    is_main: false,
    access: true,
  };
  const created = only(await save(api, 'new', values, { password: PORTAL.create }), 'saved').state.base!;
  const editKey = `contact:${created.id}`;
  only(await save(api, editKey, { ...values, position: 'Head Buyer' }, { password: PORTAL.edit }), 'saved');

  const other = await freshContact(api, { email: `journey.other.${stamp}@example.test` });
  assert.equal((await command<ClientContact>('grantPortalAccess', { contactId: other.id, password: PORTAL.grant }))?.access, true);
  const image = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-journey-')), 'face.png');
  fs.writeFileSync(image, makePng(20, 20));
  assert.ok((await command<ClientContact>('uploadContactImage', { contactId: other.id, uri: vscode.Uri.file(image) }))?.image);
  await command('deleteContact', { contactId: other.id, confirmed: true });

  // A create whose save fails stays open as a draft (in workspace state), its portal password typed.
  await openForm(api, 'createContact', { clientId: 8 }, 'new');
  const draft = { ...values, client_id: 8, name: `Journey Draft ${stamp}`, email: `draft.${stamp}@example.test` };
  await api.panels.simulate('new', { type: 'edit', values: draft });
  await sandboxControl.fault({ action: 'status', status: 500, method: 'POST', path: '/api/clientcontacts' });
  only(await save(api, 'new', draft, { password: PORTAL.draft }), 'saveFailed');

  await refresh(api);
  // The cache file follows the refreshed tree: wait until it has the journey's edited contact.
  const cacheFile = path.join(api.globalStorageUri.fsPath, 'tree-contacts.json');
  const cached = () => fs.existsSync(cacheFile) && fs.readFileSync(cacheFile, 'utf8').includes(`Journey Person ${stamp}`);
  await until(cached, "the tree cache to have the journey's contact");
  secrets.add(apiKey, DEMO_PASSWORD, WRONG_KEY, ...Object.values(PORTAL));
  secrets.addBasic(apiKey, 'X');
  secrets.addBasic(DEMO_EMAIL, DEMO_PASSWORD);
  secrets.addBasic(WRONG_KEY, 'X');
}

function mementoText(memento: vscode.Memento): string {
  return JSON.stringify(memento.keys().map((key) => [key, memento.get(key)]));
}

describe('Security: nothing secret outside SecretStorage after a full journey', () => {
  const secrets = new Secrets();
  let api: PaymoContactsApi;
  /** `<user-data-dir>/User`: globalStorageUri is `<user-data-dir>/User/globalStorage/<extension id>`. */
  let userDir: string;

  before(async function () {
    this.timeout(120_000);
    api = await readyApi();
    await journey(api, secrets);
    userDir = path.resolve(api.globalStorageUri.fsPath, '..', '..');
  });
  after(async () => {
    await sandboxControl.clearFaults();
    await discardForms(await readyApi());
  });

  security.it('user and workspace settings hold no secret', async () => {
    const files = [
      path.join(userDir, 'settings.json'),
      ...(vscode.workspace.workspaceFolders ?? []).map((f) => path.join(f.uri.fsPath, '.vscode', 'settings.json')),
    ];
    assert.ok(fs.existsSync(files[0]!), `the user settings are at ${files[0]}`);
    assert.deepEqual(
      leaks(
        secrets,
        files.filter((f) => fs.existsSync(f)),
      ),
      [],
    );
    const config = vscode.workspace.getConfiguration('paymoContacts');
    const inspected = ['baseUrl', 'showArchivedClients', 'pageSize', 'requestTimeoutSeconds'].map((key) => config.inspect(key));
    assert.deepEqual(secrets.foundIn(JSON.stringify(inspected)), []);
  });

  security.it('global state holds no secret', async () => {
    assert.deepEqual(secrets.foundIn(mementoText(api.storage.globalState)), []);
  });

  security.it('workspace state, with the open draft, holds no secret', async () => {
    const text = mementoText(api.storage.workspaceState);
    assert.ok(text.includes(`Journey Draft ${stamp}`), 'the draft is there (the scan reads real state)');
    assert.deepEqual(secrets.foundIn(text), []);
  });

  security.it('global storage (the tree cache and images) holds no secret', async () => {
    const files = filesUnder(api.globalStorageUri.fsPath);
    assert.ok(
      files.some((f) => f.endsWith('tree-contacts.json')),
      `the tree cache is written (${files.join(', ')})`,
    );
    assert.deepEqual(leaks(secrets, files), []);
  });

  security.it('the "Paymo" log holds no secret and no Authorization header', async () => {
    const files = filesUnder(api.storage.logUri.fsPath);
    const log = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    assert.match(log, /Signed in to /, `the journey was logged (${files.join(', ')})`);
    assert.deepEqual(leaks(secrets, files), []);
  });

  security.it('no log file of the window or its extension host holds a secret', async () => {
    const files = filesUnder(path.join(userDir, '..', 'logs'));
    assert.ok(files.length > 0, 'the window writes logs');
    assert.deepEqual(leaks(secrets, files), []);
  });

  security.it("every form's state, page and posted messages hold no secret", async () => {
    const keys = api.panels.keys();
    assert.ok(keys.includes('new') && keys.some((k) => k.startsWith('contact:')), `the create and edit forms are open (${keys.join(', ')})`);
    for (const key of keys) {
      const text = JSON.stringify([api.panels.state(key), api.panels.posted(key), api.panels.html(key)]);
      assert.deepEqual(secrets.foundIn(text), [], key);
    }
  });

  security.it('every form page has a CSP with a per-page nonce and no unsafe-inline or unsafe-eval for scripts', async () => {
    const nonces = new Set<string>();
    for (const key of api.panels.keys()) {
      const html = api.panels.html(key);
      const csp = cspOf(html);
      assert.deepEqual(csp.get('default-src'), ["'none'"], key);
      const scripts = csp.get('script-src') ?? csp.get('default-src')!;
      const nonce = scripts.find((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s));
      assert.ok(nonce, `${key}: script-src has a nonce (${scripts.join(' ')})`);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
        assert.ok(!scripts.includes(bad), `${key}: no ${bad} for scripts`);
      const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(tags.length > 0 && tags.every((t) => t.includes(`nonce="${nonce!.slice(7, -1)}"`)), `${key}: every script carries the nonce`);
      assert.ok(
        [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].every((m) => m[1]!.trim() === ''),
        `${key}: no inline script body`,
      );
      nonces.add(nonce!);
    }
    assert.equal(nonces.size, api.panels.keys().length, 'each page has its own nonce');
  });

  security.it('sign-out forgets the secret and the cached data: the tree cache, avatars and logos', async () => {
    const cache = path.join(api.globalStorageUri.fsPath, 'tree-contacts.json');
    await imagesShown(api, clientNodes(api));
    assert.ok(filesUnder(path.join(api.globalStorageUri.fsPath, 'images')).length > 0, 'the journey downloaded avatars and logos');
    assert.ok((await api.secrets.get(SECRET_KEY))?.includes(suiteSandbox().apiKey), 'while signed in, the key is in SecretStorage');
    await command('signOut');
    await until(() => api.auth.state === 'signedOut', 'the sign-out');
    assert.equal(await api.secrets.get(SECRET_KEY), undefined, 'SecretStorage no longer holds it');
    assert.equal(fs.existsSync(cache), false, 'the tree cache is deleted');
    assert.deepEqual(filesUnder(api.globalStorageUri.fsPath), [], 'no client data (cache, avatars, logos) is left on disk');
    await until(() => !mementoText(api.storage.workspaceState).includes(`Journey Draft ${stamp}`), 'the unsaved form draft to be forgotten too');
    assert.equal(api.store.allContacts().length, 0, 'the store is empty');
    // A start reads SecretStorage again: with the secret gone it stays signed out.
    await api.loader.start();
    await api.loader.whenIdle();
    assert.equal(api.auth.state, 'signedOut', 'no saved sign-in is left to restore');
    assert.deepEqual(leaks(secrets, filesUnder(api.globalStorageUri.fsPath)), []);
  });
});
