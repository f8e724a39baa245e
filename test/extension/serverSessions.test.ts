// Email and password sign-in keeps a Paymo session, never the password: what is stored, what the
// server sees, signing out, a session that expires, and a password saved by an earlier version.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StoredSignIn } from '../../src/auth/storedSignIn';
import type { PaymoContactsApi } from '../../src/testApi';
import { caseGroup } from '../support/caseCounter';
import { expireSessions } from '../support/sandboxControl';
import { filesUnder, paymoLog } from './support/security';
import { paymoApi, signedInApi, until } from './support/paymoApi';
import { suiteSandbox } from './support/sandbox';

/** The first account's SecretStorage key, as single-account versions stored it. */
const SECRET_KEY = 'paymoContacts.session';

const security = caseGroup('security');
const EMAIL = 'demo@example.com';
const PASSWORD = 'demo-password';

async function stored(api: PaymoContactsApi): Promise<StoredSignIn | undefined> {
  const text = await api.secrets.get(SECRET_KEY);
  return text ? (JSON.parse(text) as StoredSignIn) : undefined;
}

async function signInWithPassword(api: PaymoContactsApi): Promise<string> {
  await vscode.commands.executeCommand('paymoContacts.signOut');
  const result = await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: suiteSandbox().apiUrl, email: EMAIL, password: PASSWORD });
  assert.ok(result, 'signed in with the email and password');
  await api.loader.whenIdle();
  const credentials = (await stored(api))?.credentials;
  assert.equal(credentials?.kind, 'session');
  return credentials.kind === 'session' ? credentials.sessionId : '';
}

/** What Paymo says about this session id: 200 while it is open, 401 once it has ended. */
async function sessionStatus(sessionId: string): Promise<number> {
  const res = await fetch(new URL('me', suiteSandbox().apiUrl), { headers: { 'X-Session': sessionId, Accept: 'application/json' } });
  await res.arrayBuffer();
  return res.status;
}

function mementoText(memento: vscode.Memento): string {
  return JSON.stringify(memento.keys().map((key) => [key, memento.get(key)]));
}

describe('Paymo sessions instead of passwords', () => {
  after(async () => {
    await vscode.commands.executeCommand('paymoContacts.signOut');
    await signedInApi();
  });

  security.it('after an email and password sign-in the password is nowhere: SecretStorage, state, settings, logs, cache files', async () => {
    const api = await paymoApi();
    const sessionId = await signInWithPassword(api);
    assert.equal(await sessionStatus(sessionId), 200, 'the kept session works on the server');
    await api.loader.refresh();
    const userDir = path.resolve(api.globalStorageUri.fsPath, '..', '..');
    assert.ok(
      filesUnder(api.globalStorageUri.fsPath).some((f) => f.endsWith('tree-contacts.json')),
      'the tree cache is written (the scan reads real files)',
    );
    const places: [string, string][] = [
      ['SecretStorage', (await api.secrets.get(SECRET_KEY)) ?? ''],
      ['global state', mementoText(api.storage.globalState)],
      ['workspace state', mementoText(api.storage.workspaceState)],
      ['settings', JSON.stringify(vscode.workspace.getConfiguration('paymoContacts'))],
      ...[
        path.join(userDir, 'settings.json'),
        ...filesUnder(api.storage.logUri.fsPath),
        ...filesUnder(api.globalStorageUri.fsPath),
        ...filesUnder(path.join(userDir, '..', 'logs')),
      ]
        .filter((f) => fs.existsSync(f))
        .map((f): [string, string] => [f, fs.readFileSync(f).toString('latin1')]),
    ];
    const basic = Buffer.from(`${EMAIL}:${PASSWORD}`).toString('base64');
    assert.deepEqual(
      places.filter(([, text]) => text.includes(PASSWORD) || text.includes(basic)).map(([where]) => where),
      [],
    );
    assert.ok(!paymoLog(api).includes(sessionId), 'the session id is a secret too: the log redacts it');
  });

  it('the password prompt says only the session is kept, and after signing in through the prompts that is what SecretStorage holds', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    const prompts: string[] = [];
    const window = vscode.window as { showQuickPick: unknown; showInputBox: unknown };
    const { showQuickPick, showInputBox } = window;
    // The prompts answered as a person would: the password way, then the email and the password.
    window.showQuickPick = async (items: readonly { value?: string }[]) => (await items).find((item) => item.value === 'password');
    window.showInputBox = async (options: vscode.InputBoxOptions) => {
      prompts.push(options.prompt ?? '');
      return options.password ? PASSWORD : EMAIL;
    };
    try {
      const result = await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: suiteSandbox().apiUrl });
      assert.ok(result, 'signed in through the prompts');
    } finally {
      Object.assign(window, { showQuickPick, showInputBox });
    }
    assert.equal(prompts.length, 2, 'asked for the email, then the password');
    assert.match(prompts[1]!, /used once, to open a Paymo session: only the session is kept/);
    assert.doesNotMatch(prompts[1]!, /password\. It is kept/);
    const kept = await stored(api);
    assert.equal(kept?.credentials.kind, 'session', 'a session is kept');
    assert.ok(!JSON.stringify(kept).includes(PASSWORD), 'the password is not');
  });

  it('signing out ends the Paymo session on the server', async () => {
    const api = await paymoApi();
    const sessionId = await signInWithPassword(api);
    await vscode.commands.executeCommand('paymoContacts.signOut');
    assert.equal(api.auth.state, 'signedOut');
    assert.equal(await stored(api), undefined);
    assert.equal(await sessionStatus(sessionId), 401, 'the session no longer opens anything');
  });

  it('a session that expires signs out and asks to sign in again, once', async () => {
    const api = await paymoApi();
    await signInWithPassword(api);
    const errorsBefore = api.shownErrors.length;
    assert.ok((await expireSessions(suiteSandbox())) >= 1);
    await vscode.commands.executeCommand('paymoContacts.refresh');
    await until(() => api.auth.state === 'signedOut', 'the expired session to sign out');
    await api.loader.whenIdle();
    assert.equal(api.loader.state, 'signedOut');
    assert.match(api.tree.view.message ?? '', /Sign in again/);
    assert.equal(api.shownErrors.length, errorsBefore, 'no error pop-up besides the one question');
  });

  it('a password saved by an earlier version becomes a Paymo session at the next start, without asking', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    const user = { id: 1, name: 'Demo Admin', email: EMAIL };
    const old: StoredSignIn = { version: 1, baseUrl: suiteSandbox().apiUrl, credentials: { kind: 'password', email: EMAIL, password: PASSWORD }, user };
    await api.secrets.store(SECRET_KEY, JSON.stringify(old));
    await api.loader.start();
    await until(async () => (await stored(api))?.credentials.kind === 'session', 'the saved password to become a session');
    assert.equal(api.auth.state, 'signedIn');
    assert.ok(!((await api.secrets.get(SECRET_KEY)) ?? '').includes(PASSWORD), 'the password is gone from SecretStorage');
    await api.loader.ensureData();
    await api.loader.whenIdle();
    assert.equal(api.loader.state, 'ready', 'the tree loads with the session');
    // Stored before accounts were named by their company: the first load learns it.
    await until(async () => (await api.authProvider.getSessions())[0]?.account.label.includes('Demo Agency') === true, "the account's company to be learnt");
    assert.equal((await stored(api))?.company, 'Demo Agency');
  });

  it('the signed-in account is in the Accounts menu (provider "paymo"), and signing it out there signs out', async () => {
    await vscode.commands.executeCommand('paymoContacts.signOut');
    const api = await signedInApi();
    const [account] = await api.authProvider.getSessions();
    assert.equal(account?.account.label, `Demo Admin — Demo Agency (${new URL(suiteSandbox().apiUrl).host})`);
    assert.equal(account?.accessToken, suiteSandbox().apiKey, 'an API key sign-in hands out the key, for requests of other extensions');
    const removed = new Promise<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>((resolve) => {
      const listener = api.authProvider.onDidChangeSessions((e) => {
        listener.dispose();
        resolve(e);
      });
    });
    await api.authProvider.removeSession(account!.id);
    assert.deepEqual(
      (await removed).removed?.map((s) => s.id),
      [account!.id],
    );
    assert.equal(api.auth.state, 'signedOut');
    assert.deepEqual(await api.authProvider.getSessions(), []);
  });
});
