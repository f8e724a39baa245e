import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Client } from '../../src/paymo';
import { makePng } from '../support/png';
import { useTempFolder } from '../support/tempFolder';
import { clientName, madeByTest, removeTestClients, serverClient, serverClientsNamed } from './support/clients';
import { errorsDuring, readyApi } from './support/contacts';
import { clientNodes, command, until } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

describe('Create Client', () => {
  const folder = useTempFolder('create-client');
  after(async () => removeTestClients(await readyApi()));

  it('sends one create with the logo, and the new client shows in the view', async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    const name = clientName('Created Client');
    const created = await command<Client>('createClient', { fields: { name, city: 'Graz' }, uri: vscode.Uri.file(folder.write('logo.png', makePng(40, 40))) });
    madeByTest(created?.id);
    assert.equal(created?.name, name);
    assert.deepEqual(await sandboxControl.sent(), ['POST /api/clients'], 'one request: fields and logo together');
    const onServer = await serverClient(created!.id);
    assert.equal(onServer?.city, 'Graz');
    assert.ok(onServer?.image_thumb_small, 'the logo arrived');
    const node = clientNodes(api).find((n) => n.client.id === created!.id);
    assert.ok(node, 'the view lists the new client');
    assert.equal(api.tree.getTreeItem(node).description, 'no contacts');
    await until(() => api.tree.view.selection.some((n) => n.kind === 'client' && n.client.id === created!.id), 'the new client to be selected');
  });

  it('refuses a bad logo before sending anything', async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    const name = clientName('Bad Logo Client');
    const errors = await errorsDuring(api, () => command('createClient', { fields: { name }, uri: vscode.Uri.file(folder.write('logo.png', PDF)) }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /logo\.png.*PDF.*not a JPEG, PNG or GIF/);
    assert.deepEqual(await sandboxControl.sent(), [], 'nothing sent');
    assert.deepEqual(await serverClientsNamed(name), []);
  });
});
