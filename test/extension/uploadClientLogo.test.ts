import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Client } from '../../src/paymo';
import { makePng } from '../support/png';
import { useTempFolder } from '../support/tempFolder';
import { freshClient, removeTestClients, serverClient } from './support/clients';
import { errorsDuring, readyApi } from './support/contacts';
import { command } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

describe('Upload Client Logo', () => {
  const folder = useTempFolder('client-logo');
  after(async () => removeTestClients(await readyApi()));

  it('uploads a PNG, and refuses a PDF renamed .png without sending it', async () => {
    const api = await readyApi();
    const client = await freshClient(api);
    const updated = await command<Client>('uploadClientLogo', { clientId: client.id, uri: vscode.Uri.file(folder.write('ok.png', makePng(64, 48))) });
    assert.ok(updated?.image_thumb_small);
    assert.equal(api.store.client(client.id)?.image_thumb_small, updated.image_thumb_small);
    assert.equal((await fetch(updated.image_thumb_small)).status, 200);
    await sandboxControl.clearRequests();
    const errors = await errorsDuring(api, () => command('uploadClientLogo', { clientId: client.id, uri: vscode.Uri.file(folder.write('fake.png', PDF)) }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /fake\.png.*PDF/);
    assert.deepEqual(await sandboxControl.sent(), [], 'nothing sent');
    assert.equal((await serverClient(client.id))?.image, updated.image, 'the logo is unchanged');
  });
});
