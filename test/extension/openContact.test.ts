import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { freshContact, readyApi } from './support/contacts';
import { until } from './support/paymoApi';

const open = (arg: unknown) => vscode.commands.executeCommand<vscode.Uri | undefined>('paymoContacts.openContact', arg);

function previewTabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
}

describe('Open Contact Details', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the details as a Markdown preview in which user text stays text', async () => {
    const api = await readyApi();
    const name = 'Ada <img src=x onerror=alert(1)> **Boss** [site](https://evil.test)';
    const contact = await freshContact(api, { name, email: 'ada@example.test', notes: 'line one\n# not a heading\n    not code' });
    const uri = await open({ contactId: contact.id });
    assert.ok(uri);
    assert.equal(uri.scheme, 'paymo-contact');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.ok(!/(^|[^\\])</.test(text), `no HTML tag: ${text}`);
    for (const escaped of ['\\*\\*Boss\\*\\*', '\\[site\\]\\(https', 'ada\\@example\\.test', '\\# not a heading']) {
      assert.ok(text.includes(escaped), `${escaped} in ${text}`);
    }
    // The preview's tab is named once its content has been provided.
    await until(() => previewTabLabels().some((label) => label.includes('Ada')), `a preview tab for the contact (${previewTabLabels().join(', ')})`);
  });

  it('follows the store: the document shows a change made afterwards', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { position: 'Intern' });
    const uri = await open(contact.id);
    assert.ok(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.getText().includes('Intern'));
    const changed = new Promise<string>((resolve) => {
      const listening = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri.toString()) {
          listening.dispose();
          resolve(e.document.getText());
        }
      });
    });
    api.store.upsertContact({ ...contact, position: 'Partner' });
    assert.ok((await changed).includes('Partner'));
  });
});
