import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import type { PaymoContactsApi } from '../../src/testApi';
import { serverContact, serverContactsOf } from './support/serverContacts';
import { setSetting } from './support/paymoApi';
import { answeringPicks, freshContact, readyApi } from './support/contacts';

/**
 * Runs `command` and, while it waits in its prompt, changes a setting the API client is built from
 * (the session replaces the client and closes the old one); then answers the prompt.
 */
async function settingChangedDuringPrompt(
  api: PaymoContactsApi,
  command: string,
  arg: unknown,
): Promise<{ result: ClientContact | undefined; errors: string[] }> {
  const errorsBefore = api.shownErrors.length;
  const running = vscode.commands.executeCommand<ClientContact | undefined>(command, arg);
  await new Promise((resolve) => setTimeout(resolve, 300));
  try {
    await replacingClient(api, () => setSetting('requestTimeoutSeconds', 29));
    const result = await answeringPicks(running);
    return { result, errors: api.shownErrors.slice(errorsBefore).map((e) => e.message) };
  } finally {
    await replacingClient(api, () => setSetting('requestTimeoutSeconds', undefined));
    await api.loader.whenIdle();
  }
}

async function replacingClient(api: PaymoContactsApi, change: () => Promise<void>): Promise<void> {
  const replaced = new Promise<void>((resolve) => {
    const listening = api.auth.onDidChange((e) => {
      if (e.reason === 'settings') {
        listening.dispose();
        resolve();
      }
    });
  });
  await change();
  await replaced;
}

describe('A command whose prompt outlives the API client', () => {
  it('grants portal access with the API client current after the prompt, not the one closed meanwhile', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'settings.changed@example.test' });
    // The first choice offered is "Generate a strong password".
    const { result, errors } = await settingChangedDuringPrompt(api, 'paymoContacts.grantPortalAccess', { contactId: contact.id });
    assert.deepEqual(errors, [], 'no error shown');
    assert.equal(result?.access, true);
    assert.equal((await serverContact(contact.id))?.access, true, 'granted on the server');
  });

  it('sets the main contact picked while the settings changed', async () => {
    const api = await readyApi();
    await freshContact(api, { client_id: 5 });
    const { result, errors } = await settingChangedDuringPrompt(api, 'paymoContacts.setMainContact', { clientId: 5 });
    assert.deepEqual(errors, [], 'no error shown');
    assert.ok(result, 'a contact was picked and set');
    assert.equal(result.client_id, 5);
    const mains = (await serverContactsOf(5)).filter((c) => c.is_main).map((c) => c.id);
    assert.deepEqual(mains, [result.id], 'the picked contact is main on the server');
  });
});
