// Every file the extension reads or writes for the user goes through VS Code's file system API, so
// that it works where the files are not on this computer's disk: a remote window's machine, a virtual
// workspace. Proven on a file system of the tests' own (support/memoryFileSystem.ts), registered under
// a scheme nothing else knows: export into it, import from it, upload a contact image and a client
// logo from it, save an import report into it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/importExport/exportContacts';
import type { ImportReport } from '../../src/interchange/importReport';
import { readCsv } from '../../src/interchange/csvReader';
import { readVCards } from '../../src/interchange/vcardReader';
import type { Client, ClientContact } from '../../src/paymo';
import { makePng } from '../support/png';
import { freshClient, removeTestClients, serverClient } from './support/clients';
import { errorsDuring, freshContact, readyApi } from './support/contacts';
import { MemoryFileSystem } from './support/memoryFileSystem';
import { until } from './support/paymoApi';
import { serverContact, serverContactsOf } from './support/serverContacts';

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('Files on any file system', () => {
  let memory: MemoryFileSystem;
  let registration: vscode.Disposable;
  before(() => {
    ({ fs: memory, registration } = MemoryFileSystem.register());
  });
  afterEach(() => {
    memory.failWrites = undefined;
  });
  after(async () => {
    registration.dispose();
    await removeTestClients(await readyApi());
  });

  it("exports a client's contacts as vCard and as CSV into the tests' own file system, nothing left beside them", async () => {
    const api = await readyApi();
    memory.put('/exports/.keep', '');
    const expected = api.store.contactsOf(1).map((c) => c.name);
    const vcard = await vscode.commands.executeCommand<ExportResult>('paymoContacts.exportContacts', {
      clientId: 1,
      uri: memory.uri('/exports/acme.vcf'),
      format: 'vcard',
    });
    assert.equal(vcard?.count, expected.length);
    const cards = readVCards(memory.get('/exports/acme.vcf')!);
    assert.deepEqual(
      cards.cards.map((c) => c.card.name),
      expected,
    );
    await vscode.commands.executeCommand('paymoContacts.exportContacts', { clientId: 1, uri: memory.uri('/exports/acme.csv'), format: 'csv' });
    assert.deepEqual(
      readCsv(Buffer.from(memory.get('/exports/acme.csv')!).toString('utf8')).cards.map((c) => c.card.name),
      expected,
    );
    assert.deepEqual(memory.list('/exports').sort(), ['.keep', 'acme.csv', 'acme.vcf'], 'no temporary file is left');
  });

  it('an export whose write fails says so and leaves the file that was there untouched', async () => {
    const api = await readyApi();
    memory.put('/kept/acme.vcf', 'what was there before');
    memory.failWrites = vscode.FileSystemError.NoPermissions('the disk is full');
    const errors = await errorsDuring(api, () =>
      vscode.commands.executeCommand('paymoContacts.exportContacts', { clientId: 1, uri: memory.uri('/kept/acme.vcf'), format: 'vcard' }),
    );
    assert.equal(errors.length, 1, 'one error is shown');
    assert.match(errors[0]!, /disk is full|permission/i);
    assert.equal(Buffer.from(memory.get('/kept/acme.vcf')!).toString('utf8'), 'what was there before');
    assert.deepEqual(memory.list('/kept'), ['acme.vcf']);
  });

  it('imports a vCard read from it, and saves the import report into it', async () => {
    await readyApi();
    const stamp = Date.now();
    const uri = memory.put(
      '/incoming/people.vcf',
      [card(`FN:Remote A ${stamp}`, `EMAIL:remote.a.${stamp}@example.com`), card(`FN:Remote B ${stamp}`)].join('\r\n'),
    );
    const reportUri = memory.uri('/incoming/import-report.md');
    // The report's message is answered "Save Report…", and the save dialog with the tests' file system.
    const window = vscode.window as unknown as Record<'showInformationMessage' | 'showWarningMessage' | 'showSaveDialog', unknown>;
    const originals = {
      showInformationMessage: window.showInformationMessage,
      showWarningMessage: window.showWarningMessage,
      showSaveDialog: window.showSaveDialog,
    };
    const answer = (message: string, ...items: string[]) =>
      Promise.resolve(message.includes(`Import into`) ? items.find((i) => i === 'Save Report…') : undefined);
    Object.assign(window, { showInformationMessage: answer, showWarningMessage: answer, showSaveDialog: () => Promise.resolve(reportUri) });
    let report: ImportReport | undefined;
    try {
      report = await vscode.commands.executeCommand<ImportReport>('paymoContacts.importContacts', { clientId: 5, uri, onDuplicate: 'skip', confirmed: true });
      await until(() => memory.get('/incoming/import-report.md') !== undefined, 'the report to be saved');
    } finally {
      Object.assign(window, originals);
    }
    assert.deepEqual(
      report?.created.map((e) => e.name),
      [`Remote A ${stamp}`, `Remote B ${stamp}`],
    );
    const onServer = (await serverContactsOf(5)).map((c) => c.name);
    assert.ok(onServer.includes(`Remote A ${stamp}`) && onServer.includes(`Remote B ${stamp}`), 'both are on the server');
    const saved = Buffer.from(memory.get('/incoming/import-report.md')!).toString('utf8');
    assert.match(saved, /people\.vcf/);
    assert.match(saved, new RegExp(`Remote B ${stamp}`));
  });

  it('uploads a contact image and a client logo read from it', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    const picture = memory.put('/pictures/face.png', makePng(64, 48));
    const updated = await vscode.commands.executeCommand<ClientContact>('paymoContacts.uploadContactImage', { contactId: contact.id, uri: picture });
    const onServer = await serverContact(contact.id);
    assert.ok(onServer?.image_thumb_small, 'the server made thumbnails of the image');
    assert.equal(updated?.image_thumb_small, onServer.image_thumb_small);

    const client = await freshClient(api);
    const logo = memory.put('/pictures/logo.png', makePng(80, 40));
    const withLogo = await vscode.commands.executeCommand<Client>('paymoContacts.uploadClientLogo', { clientId: client.id, uri: logo });
    assert.ok(withLogo?.image_thumb_small, 'the client has a logo');
    assert.equal((await serverClient(client.id))?.image, withLogo.image);
  });
});
