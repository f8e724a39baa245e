import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readCsv } from '../../src/interchange/csvReader';
import { readVCards } from '../../src/interchange/vcardReader';
import type { ExportResult } from '../../src/importExport/exportContacts';
import { useTempFolder } from '../support/tempFolder';
import { readyApi } from './support/contacts';
import { sandboxControl } from './support/sandboxControl';

describe('Export Contacts', () => {
  const out = useTempFolder('export', 'test');

  it("exports a client's contacts as vCard 4.0 that reads back with every name, email and the client as ORG, without a request", async () => {
    const api = await readyApi();
    await sandboxControl.clearRequests();
    const uri = vscode.Uri.file(path.join(out.path, 'acme.vcf'));
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
    const uri = vscode.Uri.file(path.join(out.path, 'chosen.csv'));
    await vscode.commands.executeCommand('paymoContacts.exportContacts', { contactIds: chosen.map((c) => c.id), uri, format: 'csv' });
    const read = readCsv(await fs.readFile(uri.fsPath, 'utf8'));
    assert.deepEqual(
      read.cards.map((c) => c.card.name),
      chosen.map((c) => c.name),
    );
    assert.deepEqual(await fs.readdir(out.path), ['chosen.csv']);
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
