// Dragging contacts in the view with two accounts signed in (the same demo data on both servers, so
// the same ids): a drag that mixes the accounts' contacts moves nobody, whatever was dragged before.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PaymoContactsApi } from '../../src/testApi';
import type { AccountNode } from '../../src/tree/accountNode';
import type { ClientNode } from '../../src/tree/clientNode';
import type { ContactNode } from '../../src/tree/contactNode';
import { CONTACTS_MIME } from '../../src/tree/dragAndDrop';
import { clearRequestLog, requestLog } from '../support/sandboxControl';
import { addSecondAccount, onlyFirstAccount } from './support/accounts';
import { signedInApi } from './support/paymoApi';
import { secondSandbox, suiteSandbox } from './support/sandbox';

/** The nodes of an account's client and of that client's contacts, as VS Code gets them. */
function clientOf(api: PaymoContactsApi, account: AccountNode, clientId: number): { client: ClientNode; contacts: ContactNode[] } {
  const client = (api.tree.getChildren(account) as ClientNode[]).find((node) => node.client.id === clientId)!;
  return { client, contacts: api.tree.getChildren(client) as ContactNode[] };
}

describe('Drag and drop with two accounts', () => {
  let api: PaymoContactsApi;
  beforeEach(async () => {
    api = await signedInApi();
  });
  afterEach(async () => onlyFirstAccount(api));

  it('a drag refused for mixing the accounts leaves nothing an earlier drag set: its drop moves nobody on either server', async () => {
    await addSecondAccount(api);
    const [firstAccount, secondAccount] = api.tree.getChildren() as AccountNode[];
    const first = clientOf(api, firstAccount!, 2);
    const second = clientOf(api, secondAccount!, 2);
    const target = clientOf(api, firstAccount!, 4).client;
    const mine = first.contacts[0]!;
    const theirs = second.contacts[0]!;

    // An earlier drag of the first account's contact, dropped nowhere.
    api.tree.dragAndDrop.handleDrag([mine], new vscode.DataTransfer());
    // The mixed drag: refused, while VS Code's own transfer still hands the dragged nodes over.
    const data = new vscode.DataTransfer();
    api.tree.dragAndDrop.handleDrag([mine, theirs], data);
    data.set(CONTACTS_MIME, new vscode.DataTransferItem([mine, theirs]));
    await Promise.all([clearRequestLog(suiteSandbox()), clearRequestLog(secondSandbox())]);
    await api.tree.dragAndDrop.handleDrop(target, data);

    const writes = [...(await requestLog(suiteSandbox())), ...(await requestLog(secondSandbox()))].filter((r) => r.method !== 'GET');
    assert.deepEqual(writes, [], 'no contact moved on either server');
    assert.equal(api.accounts.first.store.contact(mine.contact.id)?.client_id, 2);
  });
});
