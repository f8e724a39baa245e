import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readCsv } from '../../src/interchange/csvReader';
import { readVCards } from '../../src/interchange/vcardReader';
import type { ExportResult } from '../../src/importExport/exportContacts';
import { readyApi } from './support/contacts';
import { nodeOfContact } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

describe('Export Contacts and Copy as vCard', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'paymo-export-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("exports a client's contacts as vCard 4.0 that reads back with every name, email and the client as ORG, without a request", async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    const uri = vscode.Uri.file(path.join(dir, 'acme.vcf'));
    const expected = api.store.contactsOf(1);
    const result = await vscode.commands.executeCommand<ExportResult>('paymoContacts.exportContacts', { clientId: 1, uri, format: 'vcard' });
    assert.equal(result?.count, expected.length);
    const read = readVCards(await fs.readFile(uri.fsPath));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.cards.map((c) => c.card.name),
      expected.map((c) => c.name),
    );
    assert.deepEqual(
      read.cards.map((c) => c.card.emails[0]?.value ?? null),
      expected.map((c) => c.email?.trim() || null),
    );
    assert.ok(read.cards.every((c) => c.card.organization === 'Acme Corporation'));
    assert.deepEqual(await sandboxControl.requests(), []);
  });

  it('exports exactly the selected contacts as CSV, and nothing else', async () => {
    const api = await readyApi();
    const chosen = [api.store.contactsOf(1)[1]!, api.store.contactsOf(3)[0]!];
    const uri = vscode.Uri.file(path.join(dir, 'chosen.csv'));
    await vscode.commands.executeCommand('paymoContacts.exportContacts', { contactIds: chosen.map((c) => c.id), uri, format: 'csv' });
    const read = readCsv(await fs.readFile(uri.fsPath, 'utf8'));
    assert.deepEqual(
      read.cards.map((c) => c.card.name),
      chosen.map((c) => c.name),
    );
    assert.deepEqual(await fs.readdir(dir), ['chosen.csv']);
  });

  it('copies the vCard of the clicked contact, or of every selected one when it is part of the selection', async () => {
    const api = await readyApi();
    const [first, second] = api.store.contactsOf(1);
    const a = nodeOfContact(api, first!.id)!;
    const b = nodeOfContact(api, second!.id)!;
    const one = await vscode.commands.executeCommand<string>('paymoContacts.copyAsVCard', a);
    assert.equal(await vscode.env.clipboard.readText(), one);
    assert.deepEqual(
      readVCards(Buffer.from(one ?? '')).cards.map((c) => c.card.name),
      [first!.name],
    );
    await vscode.commands.executeCommand('paymoContacts.copyAsVCard', a, [a, b]);
    assert.deepEqual(
      readVCards(Buffer.from(await vscode.env.clipboard.readText())).cards.map((c) => c.card.name),
      [first!.name, second!.name],
    );
    await vscode.commands.executeCommand('paymoContacts.copyAsVCard', b, [a]);
    assert.deepEqual(
      readVCards(Buffer.from(await vscode.env.clipboard.readText())).cards.map((c) => c.card.name),
      [second!.name],
      'a click outside the selection acts on the clicked contact',
    );
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    await readyApi();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const before = folder ? await fs.readdir(folder) : [];
    let ended = false;
    const running = Promise.resolve(vscode.commands.executeCommand('paymoContacts.exportContacts', { clientId: 1, format: 'vcard' })).finally(() => {
      ended = true;
    });
    for (let i = 0; !ended && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (!ended) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    assert.equal(await running, undefined);
    assert.deepEqual(folder ? await fs.readdir(folder) : [], before);
  });
});
