// Several Paymo accounts at once: two accounts on two sandboxes (the same demo data, so the same ids
// on both: exactly where one account's id must never reach the other's server), each tree right, an
// edit in one never reaching the other, one signed out or expired while the other stays.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PaymoContactsApi } from '../../src/testApi';
import type { AccountNode } from '../../src/tree/accountNode';
import type { ClientNode } from '../../src/tree/clientNode';
import { caseGroup } from '../support/caseCounter';
import { addUser, apiKeyAuth, clearRequestLog, expireSessions, requestLog, resetSandbox } from '../support/sandboxControl';
import { addSecondAccount, onlyFirstAccount } from './support/accounts';
import { closeForms, only, openForm, save } from './support/forms';
import { filesUnder } from './support/security';
import { signedInApi, until } from './support/paymoApi';
import { secondSandbox, suiteSandbox, type SuiteSandbox } from './support/sandbox';

const security = caseGroup('security');

/** The client's name as the server holds it. */
async function serverClientName(sb: SuiteSandbox, id: number): Promise<string> {
  const res = await fetch(new URL(`clients/${id}`, sb.apiUrl), { headers: { Authorization: apiKeyAuth(sb), Accept: 'application/json' } });
  const body = (await res.json()) as { clients: { name: string }[] };
  return body.clients[0]!.name;
}

/** The contact's name as the server holds it. */
async function serverContactName(sb: SuiteSandbox, id: number): Promise<string> {
  const res = await fetch(new URL(`clientcontacts/${id}`, sb.apiUrl), { headers: { Authorization: apiKeyAuth(sb), Accept: 'application/json' } });
  const body = (await res.json()) as { clientcontacts: { name: string }[] };
  return body.clientcontacts[0]!.name;
}

function rows(api: PaymoContactsApi, parent?: AccountNode | ClientNode): string[] {
  return api.tree.getChildren(parent).map((node) => String(api.tree.getTreeItem(node).label));
}

function accountNodes(api: PaymoContactsApi): AccountNode[] {
  return api.tree.getChildren().filter((node): node is AccountNode => node.kind === 'account');
}

describe('Several Paymo accounts', () => {
  let api: PaymoContactsApi;
  const host = (sb: SuiteSandbox) => new URL(sb.apiUrl).host;

  beforeEach(async () => {
    api = await signedInApi();
    await resetSandbox(secondSandbox(), 'demo');
  });

  afterEach(async () => {
    await closeForms(api);
    // Only the first account stays, as every other suite expects.
    await onlyFirstAccount(api);
    await signedInApi();
  });

  it('with two accounts the first level is the accounts, each with its own clients; with one it is the clients again', async () => {
    const before = rows(api);
    assert.ok(before.includes('Acme Corporation'), 'one account: its clients at the first level');
    // Only the second server has this client, so each account's clients are told apart.
    await fetch(new URL('clients', secondSandbox().apiUrl), {
      method: 'POST',
      headers: { Authorization: apiKeyAuth(secondSandbox()), 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: 'Only On The Second Server' }),
    });
    const second = await addSecondAccount(api);

    // The same user and company on both: the host comes first, where a narrow view does not cut it off.
    assert.deepEqual(rows(api), [`${host(suiteSandbox())} — Demo Admin — Demo Agency`, `${host(secondSandbox())} — Demo Admin — Demo Agency`]);
    const [firstNode, secondNode] = accountNodes(api);
    assert.equal(firstNode!.account, api.accounts.first);
    assert.equal(secondNode!.account, second);
    assert.ok(!rows(api, firstNode).includes('Only On The Second Server'));
    assert.ok(rows(api, secondNode).includes('Only On The Second Server'));
    assert.equal(api.view.state, 'ready');
    // Items of the two accounts never share an id, although their records do.
    const ids = [firstNode, secondNode].flatMap((n) => api.tree.getChildren(n).map((c) => api.tree.getTreeItem(c).id));
    assert.equal(new Set(ids).size, ids.length);

    const sessions = await api.authProvider.getSessions();
    assert.deepEqual(
      sessions.map((s) => s.account.label),
      rows(api),
      "both accounts are in VS Code's Accounts menu, named as in the tree",
    );

    const staleClient = api.tree.getChildren(secondNode)[0] as ClientNode;
    await vscode.commands.executeCommand('paymoContacts.signOut', { accountId: second.id });
    await until(() => api.accounts.all.length === 1, 'the signed-out account to go');
    assert.deepEqual(rows(api), before, 'one account again: its clients at the first level');
    assert.deepEqual(
      (await api.authProvider.getSessions()).map((s) => s.account.label),
      [`Demo Admin — Demo Agency (${host(suiteSandbox())})`],
      'alone again, the account has its usual label',
    );

    // An item of the signed-out account, still on screen a moment: it never acts on the other account.
    await clearRequestLog(suiteSandbox());
    const errors = api.shownErrors.length;
    await vscode.commands.executeCommand('paymoContacts.archiveClient', staleClient);
    assert.match(api.shownErrors[errors]?.message ?? '', /no longer signed in/);
    assert.deepEqual(await requestLog(suiteSandbox()), [], 'nothing was sent to the account that is still signed in');
  });

  it('an edit in one account never reaches the other, whether the item or { accountId } names it', async () => {
    const second = await addSecondAccount(api);
    const acme = api.store.clients().find((c) => c.name === 'Acme Corporation')!;
    assert.equal(second.store.client(acme.id)?.name, 'Acme Corporation', 'the same id on both servers');
    await clearRequestLog(suiteSandbox());

    await vscode.commands.executeCommand('paymoContacts.editClient', { accountId: second.id, clientId: acme.id, patch: { name: 'Acme on the second server' } });
    assert.equal(await serverClientName(secondSandbox(), acme.id), 'Acme on the second server');
    assert.equal(second.store.client(acme.id)?.name, 'Acme on the second server');

    // From the second account's row in the tree: its client node carries its account.
    const secondAcme = api.tree.getChildren(accountNodes(api)[1]).find((n) => n.kind === 'client' && n.client.id === acme.id) as ClientNode;
    await vscode.commands.executeCommand('paymoContacts.archiveClient', secondAcme);
    await until(() => second.store.client(acme.id)?.active === false, 'the archive to reach the second account');

    assert.equal(await serverClientName(suiteSandbox(), acme.id), 'Acme Corporation', 'the first server is untouched');
    assert.equal(api.store.client(acme.id)?.name, 'Acme Corporation');
    assert.equal(api.store.client(acme.id)?.active, true);
    const writes = (await requestLog(suiteSandbox())).filter((r) => r.method !== 'GET');
    assert.deepEqual(writes, [], 'the first server got no write');
  });

  it('signing one account out keeps the other: its sign-in, tree, cache and images stay', async () => {
    const second = await addSecondAccount(api);
    const secondFolder = path.join(api.globalStorageUri.fsPath, 'accounts', String(second.slot.number));
    await until(() => filesUnder(secondFolder).some((f) => f.endsWith('tree-contacts.json')), "the second account's cache file");
    const firstCache = path.join(api.globalStorageUri.fsPath, 'tree-contacts.json');
    assert.ok(fs.existsSync(firstCache));

    await vscode.commands.executeCommand('paymoContacts.signOut', { accountId: api.accounts.first.id });
    assert.equal(api.auth.state, 'signedOut');
    assert.equal(second.auth.state, 'signedIn', 'the other account is still signed in');
    assert.ok(!fs.existsSync(firstCache), "the signed-out account's cache is gone");
    assert.ok(
      filesUnder(secondFolder).some((f) => f.endsWith('tree-contacts.json')),
      "the other account's cache stays",
    );
    assert.ok(rows(api).includes('Acme Corporation'), "the view shows the other account's clients");
    assert.deepEqual(
      (await api.authProvider.getSessions()).map((s) => s.id),
      [second.id],
    );
    assert.equal(api.view.state, 'ready');
  });

  security.it('a session that expires in one account signs out that account only; the other is not asked', async () => {
    const user = await addUser(secondSandbox(), {
      name: 'Dana Reyes',
      email: 'dana@northwind.example',
      password: 'northwind-pass-1',
      company: 'Northwind Studio',
    });
    const second = await addSecondAccount(api, { email: user.email, password: 'northwind-pass-1' });
    assert.equal(second.label, `Dana Reyes — Northwind Studio (${host(secondSandbox())})`);
    const secretText = JSON.stringify(
      await Promise.all([api.secrets.get('paymoContacts.session'), api.secrets.get(`paymoContacts.session.${second.slot.number}`)]),
    );
    assert.ok(!secretText.includes('northwind-pass-1'), 'the password of the added account is not stored either');

    assert.ok((await expireSessions(secondSandbox())) >= 1);
    await clearRequestLog(suiteSandbox());
    await vscode.commands.executeCommand('paymoContacts.refresh', { accountId: second.id });
    await until(() => api.accounts.all.length === 1, 'the expired account to sign out and go');
    assert.equal(api.auth.state, 'signedIn', 'the first account is still signed in');
    assert.equal(api.loader.state, 'ready');
    assert.equal(api.tree.view.message, undefined, 'nothing is said about the first account');
    assert.deepEqual(await requestLog(suiteSandbox()), [], 'the first server was not even asked');
  });

  it("a contact form belongs to its account: it shows that account's contact and saves to that account's server", async () => {
    const second = await addSecondAccount(api);
    const contact = api.store.allContacts()[0]!;
    assert.equal(second.store.contact(contact.id)?.name, contact.name, 'the same id on both servers');
    const key = `${second.keyPrefix}contact:${contact.id}`;
    const init = await openForm(api, 'editContact', { accountId: second.id, contactId: contact.id }, key);
    // The first account's form of the same contact is another form.
    await openForm(api, 'editContact', { accountId: api.accounts.first.id, contactId: contact.id }, `contact:${contact.id}`);
    assert.deepEqual(api.panels.keys().sort(), [`contact:${contact.id}`, key].sort());

    await clearRequestLog(suiteSandbox());
    only(await save(api, key, { ...init.state.values, name: 'Saved to the second server' }), 'saved');
    assert.deepEqual(await requestLog(suiteSandbox()), [], 'the first server got nothing');
    assert.equal(await serverContactName(secondSandbox(), contact.id), 'Saved to the second server');
    assert.equal(await serverContactName(suiteSandbox(), contact.id), contact.name);
    assert.equal(api.store.contact(contact.id)?.name, contact.name, "the first account's tree is untouched");
  });

  it('follows other windows: an account added there appears here, and one signed out there goes here', async () => {
    const second = await addSecondAccount(api);
    const slot = second.slot.number + 1;
    const copy = await api.secrets.get(`paymoContacts.session.${second.slot.number}`);
    await vscode.commands.executeCommand('paymoContacts.signOut', { account: second });
    await until(() => api.accounts.all.length === 1, 'the signed-out account to go');

    // Another window adds the account in a slot of its own.
    await api.secrets.store(`paymoContacts.session.${slot}`, copy!);
    await api.secrets.store('paymoContacts.accounts', JSON.stringify([slot]));
    await until(() => api.accounts.signedIn().length === 2, 'the account added in another window to show here');
    const added = api.accounts.all[1]!;
    assert.equal(added.slot.number, slot);
    assert.equal(added.auth.baseUrl, secondSandbox().apiUrl);

    // The other window signs it out: its secret and its slot go.
    await api.secrets.delete(`paymoContacts.session.${slot}`);
    await api.secrets.delete('paymoContacts.accounts');
    await until(() => api.accounts.all.length === 1, 'the account signed out in another window to go here');
    assert.equal(api.auth.state, 'signedIn', 'the first account stays');
  });

  it('with several accounts and nothing naming one, a command asks which account (cancelling does nothing)', async () => {
    const second = await addSecondAccount(api);
    await clearRequestLog(suiteSandbox());
    await clearRequestLog(secondSandbox());
    // Cancelled: the quick pick of accounts is closed, and nothing is sent anywhere.
    const cancelled = vscode.commands.executeCommand('paymoContacts.signOut');
    await answerQuickPick(cancelled, 'workbench.action.closeQuickOpen');
    assert.equal(await cancelled, undefined);
    assert.equal(api.accounts.signedIn().length, 2, 'both accounts are still signed in');
    // Picked: the first entry is the first account, and only that one is signed out.
    const picked = vscode.commands.executeCommand('paymoContacts.signOut');
    await answerQuickPick(picked, 'workbench.action.acceptSelectedQuickOpenItem');
    await picked;
    assert.equal(api.auth.state, 'signedOut');
    assert.equal(second.auth.state, 'signedIn');
    assert.deepEqual(await requestLog(secondSandbox()), [], "the other account's server heard nothing");
  });
});

/** Gives the quick pick a command shows `answer` (a workbench command) until the command has ended. */
async function answerQuickPick(running: Thenable<unknown>, answer: string): Promise<void> {
  let ended = false;
  void Promise.resolve(running).finally(() => (ended = true));
  const deadline = Date.now() + 10_000;
  while (!ended && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (!ended) await vscode.commands.executeCommand(answer);
  }
  assert.ok(ended, 'the command ended once its quick pick was answered');
}
