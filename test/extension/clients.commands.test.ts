import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Client } from '../../src/paymo';
import { deleteQuestion } from '../../src/commands/clients/deleteClient';
import { serverContactsOf } from './support/serverContacts';
import { makePng } from '../support/png';
import { errorsDuring, readyApi } from './support/contacts';
import { clientName, freshClient, madeByTest, removeTestClients, serverClient, serverClientsNamed } from './support/clients';
import { clientNodes, nodeOfClient, until } from './support/paymoApi';
import { sandboxApi } from './support/sandboxApi';
import { sandboxControl } from './support/sandboxControl';

const run = (command: string, arg: unknown) => vscode.commands.executeCommand<Client | undefined>(`paymoContacts.${command}`, arg);
const requests = async () => (await sandboxControl.requests()).map((r) => `${r.method} ${r.path}`);

describe('Client commands', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-logo-'));
  });
  after(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await removeTestClients(await readyApi());
  });
  const file = (name: string, bytes: Uint8Array | string) => {
    const at = path.join(folder, name);
    fs.writeFileSync(at, bytes);
    return vscode.Uri.file(at);
  };
  const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

  it('Create Client sends one create with the logo, and the new client shows in the view', async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    const name = clientName('Created Client');
    const created = await run('createClient', { fields: { name, city: 'Graz' }, uri: file('logo.png', makePng(40, 40)) });
    madeByTest(created?.id);
    assert.equal(created?.name, name);
    assert.deepEqual(await requests(), ['POST /api/clients'], 'one request: fields and logo together');
    const onServer = await serverClient(created!.id);
    assert.equal(onServer?.city, 'Graz');
    assert.ok(onServer?.image_thumb_small, 'the logo arrived');
    const node = clientNodes(api).find((n) => n.client.id === created!.id);
    assert.ok(node, 'the view lists the new client');
    assert.equal(api.tree.getTreeItem(node).description, 'no contacts');
    await until(() => api.tree.view.selection.some((n) => n.kind === 'client' && n.client.id === created!.id), 'the new client to be selected');
  });

  it('Create Client refuses a bad logo before sending anything', async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    const name = clientName('Bad Logo Client');
    const errors = await errorsDuring(api, () => run('createClient', { fields: { name }, uri: file('logo.png', PDF) }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /logo\.png.*PDF.*not a JPEG, PNG or GIF/);
    assert.deepEqual(await requests(), [], 'nothing sent');
    assert.deepEqual(await serverClientsNamed(name), []);
  });

  it('Edit Client sends only the changed field and keeps what someone else changed meanwhile', async () => {
    const api = await readyApi();
    const client = await freshClient(api, { city: 'Graz', email: 'office@edit.example' });
    // Someone changes the phone in Paymo's web app meanwhile.
    await sandboxApi('PUT', `clients/${client.id}`, { phone: '+43 316 1' });
    await sandboxControl.clearRequests();
    const updated = await run('editClient', { clientId: client.id, patch: { city: 'Linz' } });
    assert.deepEqual(await requests(), [`PUT /api/clients/${client.id}`]);
    assert.deepEqual([updated?.city, updated?.phone, updated?.email], ['Linz', '+43 316 1', 'office@edit.example']);
    assert.equal(api.store.client(client.id)?.city, 'Linz', 'the store (and so the tree) has it');
    const tooltip = api.tree.getTreeItem(nodeOfClient(api, client.id)!).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Linz/);
  });

  it("Edit Client shows the server's refusal and keeps the client as it was", async () => {
    const api = await readyApi();
    const client = await freshClient(api);
    const errors = await errorsDuring(api, () => run('editClient', { clientId: client.id, patch: { email: 'not an address' } }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /Invalid email address/);
    assert.equal(api.store.client(client.id)?.email, null);
  });

  it('Upload Client Logo uploads a PNG, and refuses a PDF renamed .png without sending it', async () => {
    const api = await readyApi();
    const client = await freshClient(api);
    const updated = await run('uploadClientLogo', { clientId: client.id, uri: file('ok.png', makePng(64, 48)) });
    assert.ok(updated?.image_thumb_small);
    assert.equal(api.store.client(client.id)?.image_thumb_small, updated.image_thumb_small);
    assert.equal((await fetch(updated.image_thumb_small)).status, 200);
    await sandboxControl.clearRequests();
    const errors = await errorsDuring(api, () => run('uploadClientLogo', { clientId: client.id, uri: file('fake.png', PDF) }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /fake\.png.*PDF/);
    assert.deepEqual(await requests(), [], 'nothing sent');
    assert.equal((await serverClient(client.id))?.image, updated.image, 'the logo is unchanged');
  });

  it("Delete Client is refused until the client's name is typed; then the client and its contacts go", async () => {
    const api = await readyApi();
    const client = await freshClient(api, {}, 2);
    const contactIds = api.store.contactsOf(client.id).map((c) => c.id);
    assert.equal(contactIds.length, 2);

    for (const typed of ['', 'wrong name', client.name.toUpperCase()]) {
      assert.equal(await run('deleteClient', { clientId: client.id, confirmedName: typed }), undefined);
    }
    assert.ok(!(await requests()).some((r) => r.startsWith('DELETE')), 'no delete sent');
    assert.ok(await serverClient(client.id), 'still on the server');
    assert.ok(api.store.client(client.id), 'still in the view');

    const deleted = await run('deleteClient', { clientId: client.id, confirmedName: client.name });
    assert.equal(deleted?.id, client.id);
    assert.ok((await requests()).includes(`DELETE /api/clients/${client.id}`));
    assert.equal(await serverClient(client.id), undefined, 'gone on the server');
    assert.deepEqual(await serverContactsOf(client.id), [], 'its contacts went with it');
    assert.equal(api.store.client(client.id), undefined);
    assert.ok(
      contactIds.every((id) => api.store.contact(id) === undefined),
      'its contacts left the store',
    );
    assert.ok(!clientNodes(api).some((n) => n.client.id === client.id), 'and the view');
  });

  it('the delete question names the client, its contacts, and everything else Paymo deletes', async () => {
    const api = await readyApi();
    const client = await freshClient(api);
    for (const [count, said] of [
      [0, 'It has no contacts.'],
      [1, 'Its 1 contact is deleted too.'],
      [7, 'Its 7 contacts are deleted too.'],
    ] as const) {
      const { message, detail } = deleteQuestion(client, count);
      assert.ok(message.includes(client.name), message);
      assert.ok(detail.startsWith(said), detail);
      assert.match(detail, /projects, tasks, time entries and invoices/);
      assert.match(detail, /cannot be undone/);
    }
  });

  it('a delete that fails on the server keeps the client', async () => {
    const api = await readyApi();
    const client = await freshClient(api, {}, 1);
    await sandboxControl.fault({ action: 'status', status: 403, method: 'DELETE', path: '/api/clients', message: 'Only admins may delete clients' });
    const errors = await errorsDuring(api, () => run('deleteClient', { clientId: client.id, confirmedName: client.name }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /Only admins may delete clients/);
    assert.ok(api.store.client(client.id));
    assert.equal(api.store.contactsOf(client.id).length, 1);
    assert.ok(await serverClient(client.id));
  });
});
