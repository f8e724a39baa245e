// Files that are not what they claim, as a profile image: each is refused before anything is sent,
// with a message naming the file and what is wrong with it, and the contact is left as it was. The
// same checks hold in the form, where the webview hands the chosen file's bytes to the host.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { MAX_IMAGE_BYTES } from '../../src/paymo';
import { caseGroup } from '../support/caseCounter';
import { useTempFolder } from '../support/tempFolder';
import { discardForms } from './support/faults';
import { serverContact } from './support/serverContacts';
import { makePng } from '../support/png';
import { errorsDuring, freshContact, readyApi } from './support/contacts';
import { only, openForm } from './support/forms';
import { sandboxControl } from './support/sandboxControl';

const badInput = caseGroup('bad input');

const png = Buffer.from(makePng(32, 32));
const BAD_FILES: { what: string; name: string; bytes: Buffer; says: RegExp }[] = [
  {
    what: 'a PDF renamed .jpg',
    name: 'portrait.jpg',
    bytes: Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n'),
    says: /"portrait\.jpg" is a PDF, not a JPEG, PNG or GIF image/,
  },
  {
    what: 'a truncated PNG',
    name: 'half.png',
    bytes: png.subarray(0, Math.floor(png.length / 2)),
    says: /"half\.png" looks like a PNG image but is incomplete or damaged/,
  },
  {
    what: 'an image over the size limit',
    name: 'huge.png',
    bytes: Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES)]),
    says: /"huge\.png" is [\d.]+ MB; profile images can be at most 5(\.0)? MB/,
  },
  { what: 'an empty file', name: 'empty.gif', bytes: Buffer.alloc(0), says: /"empty\.gif" is empty/ },
];

describe('Bad image files', () => {
  const folder = useTempFolder('bad-files');
  after(async () => discardForms(await readyApi()));

  for (const file of BAD_FILES) {
    badInput.it(`Upload Contact Image refuses ${file.what} before sending, naming the file and the problem`, async () => {
      const api = await readyApi();
      const contact = await freshContact(api);
      const uri = vscode.Uri.file(folder.write(file.name, file.bytes));
      const errors = await errorsDuring(api, () => vscode.commands.executeCommand('paymoContacts.uploadContactImage', { contactId: contact.id, uri }));
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, /^Upload contact image failed: /);
      assert.match(errors[0]!, file.says);
      assert.match(errors[0]!, /Choose a JPEG, PNG or GIF of at most 5 MB\.$/, 'and says what to choose instead');
      assert.deepEqual(await sandboxControl.requests(), [], 'nothing was sent');
      assert.equal((await serverContact(contact.id))?.image, null);
      assert.ok(api.store.contact(contact.id), 'the contact is still in the tree');
    });

    badInput.it(`the form refuses ${file.what} as the image, and keeps everything else`, async () => {
      const api = await readyApi();
      await openForm(api, 'createContact', { clientId: 2 }, 'new');
      const values = { ...api.panels.state('new').values, name: 'Typed Before Choosing An Image' };
      await api.panels.simulate('new', { type: 'edit', values });
      const checked = only(
        await api.panels.simulate('new', { type: 'chooseImage', requestId: 1, fileName: file.name, bytes: new Uint8Array(file.bytes) }),
        'imageChecked',
      );
      assert.match(checked.error ?? '', file.says);
      assert.equal(api.panels.state('new').imageName, undefined, 'no image is pending');
      assert.deepEqual(api.panels.state('new').values, values);
      await discardForms(api);
    });
  }

  badInput.it('Upload Contact Image says so plainly when the chosen file disappears before it is read', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    const uri = vscode.Uri.file(path.join(folder.path, 'moved-away.png'));
    const errors = await errorsDuring(api, () => vscode.commands.executeCommand('paymoContacts.uploadContactImage', { contactId: contact.id, uri }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /"moved-away\.png" is no longer there: it was moved or deleted\. Choose the image again\./);
    assert.deepEqual(await sandboxControl.requests(), []);
  });
});
