import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import { serverContact } from './support/serverContacts';
import { makePng } from '../support/png';
import { useTempFolder } from '../support/tempFolder';
import { sandboxControl } from './support/sandboxControl';
import { errorsDuring, freshContact, readyApi } from './support/contacts';

const upload = (arg: unknown) => vscode.commands.executeCommand<ClientContact | undefined>('paymoContacts.uploadContactImage', arg);

describe('Upload Contact Image', () => {
  const folder = useTempFolder('image');

  it('uploads a PNG made on the spot: the server makes thumbnails and the store has them', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    assert.equal(contact.image_thumb_small ?? null, null);
    const file = folder.write('avatar.png', makePng(64, 48));

    const updated = await upload({ contactId: contact.id, uri: vscode.Uri.file(file) });
    const onServer = await serverContact(contact.id);
    assert.ok(onServer?.image_thumb_small, 'the server has a small thumbnail');
    assert.equal(updated?.image_thumb_small, onServer.image_thumb_small);
    assert.equal(api.store.contact(contact.id)?.image_thumb_small, onServer.image_thumb_small, 'the store (and so the tree) has it');
    const thumbnail = await fetch(onServer.image_thumb_small);
    assert.equal(thumbnail.status, 200);
    assert.match(thumbnail.headers.get('content-type') ?? '', /^image\//);
  });

  it('refuses a PDF renamed .jpg without uploading it', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    const file = folder.write('photo.jpg', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const errors = await errorsDuring(api, () => upload({ contactId: contact.id, uri: vscode.Uri.file(file) }));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /photo\.jpg.*PDF.*not a JPEG, PNG or GIF/);
    assert.deepEqual(await sandboxControl.requests(), [], 'nothing sent');
    assert.equal((await serverContact(contact.id))?.image ?? null, null);
  });

  it('says clearly that a file that disappeared before the upload is no longer there', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    const file = path.join(folder.path, 'moved-away.png');
    const errors = await errorsDuring(api, () => upload({ contactId: contact.id, uri: vscode.Uri.file(file) }));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /"moved-away\.png" is no longer there/);
    assert.deepEqual(await sandboxControl.requests(), []);
  });
});
