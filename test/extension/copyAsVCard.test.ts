import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readVCards } from '../../src/interchange/vcardReader';
import { readyApi } from './support/contacts';
import { command, nodeOfContact } from './support/paymoApi';

const namesOnClipboard = async () => readVCards(Buffer.from(await vscode.env.clipboard.readText())).cards.map((c) => c.card.name);

describe('Copy as vCard', () => {
  it('copies the vCard of the clicked contact, or of every selected one when it is part of the selection', async () => {
    const api = await readyApi();
    const [first, second] = api.store.contactsOf(1);
    const a = nodeOfContact(api, first!.id)!;
    const b = nodeOfContact(api, second!.id)!;
    const one = await command<string>('copyAsVCard', a);
    assert.equal(await vscode.env.clipboard.readText(), one);
    assert.deepEqual(
      readVCards(Buffer.from(one ?? '')).cards.map((c) => c.card.name),
      [first!.name],
    );
    await command('copyAsVCard', a, [a, b]);
    assert.deepEqual(await namesOnClipboard(), [first!.name, second!.name]);
    await command('copyAsVCard', b, [a]);
    assert.deepEqual(await namesOnClipboard(), [second!.name], 'a click outside the selection acts on the clicked contact');
  });
});
