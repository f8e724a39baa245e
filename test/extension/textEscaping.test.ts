import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientNodes, contactNodes, signedInApi } from './support/paymoApi';
import { withoutOwnLinks } from './support/tooltipLinks';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('Contact text is shown as text', () => {
  let contactId: number | undefined;
  after(async () => {
    const api = await signedInApi();
    if (contactId !== undefined) {
      await api.auth.api().deleteContact(contactId);
      api.store.removeContact(contactId);
    }
  });

  it(`a contact named ${HOSTILE} appears literally in the label and the tooltip`, async () => {
    const api = await signedInApi();
    const client = clientNodes(api)[0]!;
    const { contact } = await api.auth.api().createContact({
      client_id: client.client.id,
      name: HOSTILE,
      position: '**bold** [link](command:paymoContacts.signOut)',
      notes: 'line one\n    line <b>two</b>',
    });
    contactId = contact.id;
    api.store.upsertContact(contact);
    const node = contactNodes(api, client).find((n) => n.contact.id === contact.id)!;
    const item = api.tree.getTreeItem(node);
    assert.equal(item.label, HOSTILE);
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    const text = withoutOwnLinks(tooltip);
    // Every `<` is backslash-escaped: CommonMark shows it as a character, never as the start of a tag.
    assert.doesNotMatch(text, /(^|[^\\])</, text);
    assert.ok(text.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), text);
    assert.ok(!text.includes('](command:'), 'no link from user text');
  });
});
