// Paymo's user roles in the extension: the type learnt at sign-in and kept with the account, writes
// offered only where the item's account may write, forms read-only with the reason, a refusal that
// names the permission, and the role following Paymo when an admin changes it. Employees and guests
// are made on the suite's sandbox with its control endpoints, and signed in beside the admin.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Account } from '../../src/accounts/account';
import type { PaymoContactsApi } from '../../src/testApi';
import type { TreeNode } from '../../src/tree/treeNode';
import { addUser, injectFault, setUserType, type AddedUser, type LoggedRequest, type UserType } from '../support/sandboxControl';
import { onlyFirstAccount } from './support/accounts';
import { serverClient, serverClientsNamed } from './support/clients';
import { errorsDuring } from './support/contacts';
import { closeForms, only, openForm, save } from './support/forms';
import { signedInApi, until } from './support/paymoApi';
import { signInToSandbox, suiteSandbox } from './support/sandbox';
import { sandboxControl } from './support/sandboxControl';
import { serverContact } from './support/serverContacts';

const PAYMO_REFUSES = 'Paymo says: Only administrators can add, change or delete clients and contacts.';
const ASK_AN_ADMIN = 'Ask an admin of your Paymo account to do it for you, or to change your role.';

let made = 0;

/** A user of that type on the suite's sandbox, signed in beside the admin (Add Account), with their data loaded. */
async function signInAs(api: PaymoContactsApi, type: UserType): Promise<{ account: Account; user: AddedUser }> {
  made += 1;
  const email = `roles.${type.toLowerCase()}.${made}.${Date.now()}@example.com`;
  const user = await addUser(suiteSandbox(), { name: `Erin ${type} ${made}`, email, password: 'erin-password', type });
  assert.ok(await vscode.commands.executeCommand('paymoContacts.addAccount', { baseUrl: suiteSandbox().apiUrl, apiKey: user.apiKey }));
  const account = () => api.accounts.signedIn().find((a) => a.auth.user?.id === user.id);
  await until(() => account() !== undefined, `the ${type} to be signed in`);
  await account()!.loader.ensureData();
  await until(() => ['ready', 'forbidden'].includes(account()!.loader.state), `the ${type}'s view to load`);
  await account()!.loader.whenIdle();
  return { account: account()!, user };
}

/** The account's row and the rows below it, as VS Code gets them (several accounts: the accounts are the first level). */
function rowsOf(api: PaymoContactsApi, account: Account): { row: TreeNode; clients: TreeNode[]; contacts: TreeNode[] } {
  const row = api.tree.getChildren().find((node) => node.kind === 'account' && node.account === account);
  assert.ok(row, "the account's row is shown");
  const clients = api.tree.getChildren(row);
  return { row, clients, contacts: clients.flatMap((client) => api.tree.getChildren(client)) };
}

const contextOf = (api: PaymoContactsApi, node: TreeNode) => String(api.tree.getTreeItem(node).contextValue);
const offersWrites = (api: PaymoContactsApi, nodes: TreeNode[]) => nodes.map((node) => contextOf(api, node).endsWith('.canEdit'));

async function storedType(api: PaymoContactsApi, account: Account): Promise<unknown> {
  return (JSON.parse((await api.secrets.get(account.slot.secretKey))!) as { user: { type?: unknown } }).user.type;
}

const isMe = (r: LoggedRequest) => r.method === 'GET' && r.path === '/api/me';

describe('Paymo user roles', () => {
  let api: PaymoContactsApi;

  beforeEach(async () => {
    api = await signedInApi();
    await sandboxControl.clearFaults();
  });

  afterEach(async () => {
    await closeForms(api);
    await sandboxControl.clearFaults();
    await onlyFirstAccount(api);
    // The first account is the suite's admin again, as every other suite expects.
    if (api.auth.user?.email !== 'demo@example.com') await signInToSandbox();
    await signedInApi();
  });

  it("learns the role at sign-in and keeps it with the account: an Employee's items offer no writes, the Admin's beside them every one", async () => {
    const { account } = await signInAs(api, 'Employee');
    assert.equal(account.auth.user?.type, 'Employee');
    assert.equal(await storedType(api, account), 'Employee', 'kept with the stored sign-in');

    const employee = rowsOf(api, account);
    const admin = rowsOf(api, api.accounts.first);
    assert.equal(contextOf(api, employee.row), 'account');
    assert.equal(contextOf(api, admin.row), 'account.canEdit');
    assert.ok(employee.clients.length > 0 && employee.contacts.length > 0, 'an employee sees the clients and contacts');
    assert.deepEqual(
      offersWrites(api, [...employee.clients, ...employee.contacts]),
      [...employee.clients, ...employee.contacts].map(() => false),
    );
    assert.deepEqual(
      offersWrites(api, [...admin.clients, ...admin.contacts]),
      [...admin.clients, ...admin.contacts].map(() => true),
    );
    assert.equal(api.view.canEdit, true, 'one account may write: the palette and the title bar offer writes');
  });

  it('with only an Employee signed in, nothing offers a write; a Guest alone sees why the view is empty', async () => {
    const employee = await addUser(suiteSandbox(), { name: 'Erin Alone', email: `roles.alone.${Date.now()}@example.com`, password: 'pw', type: 'Employee' });
    await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: suiteSandbox().apiUrl, apiKey: employee.apiKey });
    await until(() => api.loader.state === 'ready', "the employee's clients to load");
    await api.loader.whenIdle();
    assert.equal(api.view.canEdit, false, 'paymoContacts.canEdit is off');
    const clients = api.tree.getChildren();
    assert.ok(clients.length > 0);
    assert.deepEqual(
      offersWrites(api, clients),
      clients.map(() => false),
    );

    const guest = await addUser(suiteSandbox(), { name: 'Gus Alone', email: `roles.guest.${Date.now()}@example.com`, password: 'pw', type: 'Guest' });
    const before = api.shownErrors.length;
    await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: suiteSandbox().apiUrl, apiKey: guest.apiKey });
    await until(() => api.view.state === 'forbidden', 'the view to say Paymo does not let a guest see clients');
    assert.equal(api.view.canEdit, false);
    assert.deepEqual(api.tree.getChildren(), []);
    assert.equal(api.shownErrors.length, before, 'said in the view (its welcome), not in a pop-up');
  });

  it("opens an Employee's contact and client forms read-only with the reason; a save sent anyway is refused and changes nothing; the Admin's stay editable", async () => {
    const { account } = await signInAs(api, 'Employee');
    const contact = account.store.allContacts()[0]!;
    const key = `${account.keyPrefix}contact:${contact.id}`;
    const init = await openForm(api, 'editContact', { contactId: contact.id, accountId: account.id }, key);
    assert.equal(
      init.readOnly,
      'Your Paymo role (Employee) cannot add or change contacts. Ask an admin of Demo Agency to make the change, or to make you an admin and then refresh.',
    );
    const clientInit = await openForm(
      api,
      'editClient',
      { clientId: contact.client_id, accountId: account.id },
      `${account.keyPrefix}client:${contact.client_id}`,
    );
    assert.match(clientInit.readOnly ?? '', /^Your Paymo role \(Employee\) cannot add or change clients\. Ask an admin of Demo Agency/);
    const createInit = await openForm(api, 'createContact', { clientId: contact.client_id, accountId: account.id }, `${account.keyPrefix}new`);
    assert.match(createInit.readOnly ?? '', /cannot add or change contacts/);

    const adminInit = await openForm(api, 'editContact', { contactId: contact.id, accountId: api.accounts.first.id }, `contact:${contact.id}`);
    assert.equal(adminInit.readOnly, undefined, "the admin's form of the same contact is editable");

    const failed = only(await save(api, key, { ...init.state.values, name: 'Renamed By An Employee' }), 'saveFailed');
    assert.equal(failed.failure.message, `Paymo did not allow this: your role may not change contacts. ${PAYMO_REFUSES}`);
    assert.match(failed.failure.hint, /Your changes are kept\.$/);
    assert.equal((await serverContact(contact.id))?.name, contact.name, 'unchanged on the server');
    assert.equal(api.panels.state(key).values.name, 'Renamed By An Employee', 'what was typed stays in the form');
  });

  it('answers a write run anyway with the permission and Paymo’s message, and nothing changes on the server or in the view', async () => {
    const { account } = await signInAs(api, 'Employee');
    const contact = account.store.allContacts().find((c) => !c.is_main)!;
    const client = account.store.client(contact.client_id)!;
    const accountId = account.id;
    await sandboxControl.clearRequests();
    const errors = await errorsDuring(api, async () => {
      await vscode.commands.executeCommand('paymoContacts.deleteContact', { contactId: contact.id, accountId, confirmed: true });
      await vscode.commands.executeCommand('paymoContacts.setMainContact', { contactId: contact.id, accountId });
      await vscode.commands.executeCommand('paymoContacts.createClient', { fields: { name: 'Not Allowed Ltd' }, accountId });
      await vscode.commands.executeCommand('paymoContacts.archiveClient', { clientId: client.id, accountId });
    });
    assert.deepEqual(errors, [
      `Delete contact failed: Paymo did not allow this: your role may not delete contacts. ${PAYMO_REFUSES} ${ASK_AN_ADMIN}`,
      `Set main contact failed: Paymo did not allow this: your role may not change contacts. ${PAYMO_REFUSES} ${ASK_AN_ADMIN}`,
      `Create client failed: Paymo did not allow this: your role may not add clients. ${PAYMO_REFUSES} ${ASK_AN_ADMIN}`,
      `Archive client failed: Paymo did not allow this: your role may not change clients. ${PAYMO_REFUSES} ${ASK_AN_ADMIN}`,
    ]);
    const writes = (await sandboxControl.requests()).filter((r) => r.method !== 'GET');
    assert.deepEqual(
      writes.map((r) => r.status),
      [403, 403, 403, 403],
      'each write was sent once and refused',
    );
    assert.equal((await serverContact(contact.id))?.updated_on, contact.updated_on, 'the contact is as it was');
    assert.equal((await serverClient(client.id))?.active, true);
    assert.deepEqual(await serverClientsNamed('Not Allowed Ltd'), []);
    assert.equal(account.store.contact(contact.id)?.updated_on, contact.updated_on, 'and so is the view');
    assert.equal(account.auth.user?.type, 'Employee');
  });

  it('follows Paymo: made an Admin, Refresh offers the writes and opens the form; made an Employee again, the first refusal takes them back', async () => {
    const { account, user } = await signInAs(api, 'Employee');
    const contact = account.store.allContacts()[0]!;
    const key = `${account.keyPrefix}contact:${contact.id}`;
    assert.ok((await openForm(api, 'editContact', { contactId: contact.id, accountId: account.id }, key)).readOnly);

    await setUserType(suiteSandbox(), user.id, 'Admin');
    await vscode.commands.executeCommand('paymoContacts.refresh', { accountId: account.id });
    assert.equal(account.auth.user?.type, 'Admin');
    assert.equal(await storedType(api, account), 'Admin');
    const promoted = rowsOf(api, account);
    assert.deepEqual(
      offersWrites(api, [promoted.row, ...promoted.clients]),
      [promoted.row, ...promoted.clients].map(() => true),
    );
    await until(() => api.panels.posted(key).some((m) => m.type === 'readOnly' && m.reason === undefined), 'the open form to become editable');

    await setUserType(suiteSandbox(), user.id, 'Employee');
    const errors = await errorsDuring(api, () =>
      vscode.commands.executeCommand('paymoContacts.deleteContact', { contactId: contact.id, accountId: account.id, confirmed: true }),
    );
    assert.match(errors[0] ?? '', /your role may not delete contacts/);
    await until(() => account.auth.user?.type === 'Employee', 'the refusal to teach the role');
    const demoted = rowsOf(api, account);
    assert.deepEqual(
      offersWrites(api, [demoted.row, ...demoted.clients]),
      [demoted.row, ...demoted.clients].map(() => false),
    );
    await until(() => {
      const last = api.panels
        .posted(key)
        .filter((m) => m.type === 'readOnly')
        .at(-1);
      return last?.type === 'readOnly' && /\(Employee\) cannot add or change contacts/.test(last.reason ?? '');
    }, 'the open form to become read-only again');
    assert.ok(await serverContact(contact.id), 'still on the server');
  });

  it('a sign-in stored by an older version, without the role, is offered everything until its first load learns the role', async () => {
    const { account } = await signInAs(api, 'Employee');
    const stored = JSON.parse((await api.secrets.get(account.slot.secretKey))!) as { user: { type?: string } };
    delete stored.user.type;
    // The role's answer is held back a moment, to see the account before it has learnt it.
    await injectFault(suiteSandbox(), { action: 'delay', delayMs: 1500, method: 'GET', path: '/api/me' });
    await api.secrets.store(account.slot.secretKey, JSON.stringify(stored));
    await until(() => account.auth.user !== undefined && account.auth.user.type === undefined, 'the sign-in without a role to be taken');
    await account.loader.ensureData();
    const before = rowsOf(api, account);
    assert.deepEqual(
      offersWrites(api, [before.row, ...before.clients]),
      [before.row, ...before.clients].map(() => true),
      'offered as before, until learnt',
    );

    await account.loader.whenIdle();
    assert.equal(account.auth.user?.type, 'Employee', 'learnt at its first load');
    assert.equal(await storedType(api, account), 'Employee', 'and kept');
    const after = rowsOf(api, account);
    assert.deepEqual(
      offersWrites(api, [after.row, ...after.clients]),
      [after.row, ...after.clients].map(() => false),
    );
  });

  it('asks Paymo for the role with a refresh the user asks for (one small request more), not with an automatic one', async () => {
    const first = api.accounts.first;
    await sandboxControl.clearRequests();
    await first.loader.refresh(); // what autoRefreshMinutes runs
    const automatic = await sandboxControl.requests();
    await sandboxControl.clearRequests();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    await first.loader.whenIdle();
    const asked = await sandboxControl.requests();
    const paths = (log: LoggedRequest[]) => log.filter((r) => !isMe(r)).map((r) => `${r.method} ${r.path}`);
    assert.equal(automatic.filter(isMe).length, 0);
    assert.equal(asked.filter(isMe).length, 1);
    assert.deepEqual(paths(asked), paths(automatic), 'the same refresh otherwise');
    console.log(`Refresh with nothing changed: ${automatic.length} requests automatically, ${asked.length} when the user asks`);
  });

  it('an account whose role may no longer see clients (made a Guest) forgets what it had loaded, here and on disk, and its row says why', async () => {
    const { account, user } = await signInAs(api, 'Employee');
    const cacheFile = path.join(api.globalStorageUri.fsPath, ...account.slot.storageFolder, 'tree-clients.json');
    await until(() => fs.existsSync(cacheFile), "the employee's tree to be cached");
    await setUserType(suiteSandbox(), user.id, 'Guest');
    const before = api.shownErrors.length;
    await vscode.commands.executeCommand('paymoContacts.refresh', { accountId: account.id });
    assert.equal(account.loader.state, 'forbidden');
    assert.equal(account.auth.user?.type, 'Guest', 'the refusal taught the role');
    assert.equal(account.store.clients().length, 0);
    assert.equal(fs.existsSync(cacheFile), false, 'nothing of it stays on disk');
    const { row, clients } = rowsOf(api, account);
    assert.equal(api.tree.getTreeItem(row).description, 'your Paymo role may not see clients');
    assert.deepEqual(clients, []);
    assert.equal(api.shownErrors.length, before, 'no pop-up');

    await setUserType(suiteSandbox(), user.id, 'Employee');
    await vscode.commands.executeCommand('paymoContacts.refresh', { accountId: account.id });
    assert.equal(account.loader.state, 'ready');
    assert.ok(account.store.clients().length > 0, 'made an employee again, Refresh shows the clients');
  });
});
