// The state every contact-command test starts from: the extension active, signed in to the suite's
// sandbox, the tree loaded; and contacts of the test's own, made on the server and then loaded the
// way a user gets them (Refresh).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientContact, NewContact } from '../../../src/paymo';
import type { PaymoContactsApi } from '../../../src/testApi';
import { createServerContact } from './serverContacts';
import { signedInApi } from './paymoApi';
import { sandboxControl } from './sandboxControl';

export async function readyApi(): Promise<PaymoContactsApi> {
  const api = await signedInApi();
  await sandboxControl.clearFaults();
  return api;
}

export async function refresh(api: PaymoContactsApi): Promise<void> {
  await vscode.commands.executeCommand('paymoContacts.refresh');
  await api.loader.whenIdle();
}

let made = 0;

/** A contact of this test's own (client 2 unless told), in the store, with the request log cleared after. */
export async function freshContact(api: PaymoContactsApi, fields: Partial<NewContact> = {}): Promise<ClientContact> {
  made += 1;
  const contact = await createServerContact({ client_id: 2, name: `Test Contact ${Date.now()}-${made}`, ...fields });
  await refresh(api);
  assert.ok(api.store.contact(contact.id), 'the refreshed store has the new contact');
  await sandboxControl.clearRequests();
  return contact;
}

/** The error messages shown during `run`. */
export async function errorsDuring(api: PaymoContactsApi, run: () => Thenable<unknown>): Promise<string[]> {
  const before = api.shownErrors.length;
  await run();
  return api.shownErrors.slice(before).map((e) => e.message);
}

/**
 * Runs a command that asks with quick picks, pressing Enter in each one it shows (taking the first
 * match of what was typed) until the command ends: what a keyboard user does.
 */
export function acceptingPicks<T>(command: string, arg?: unknown): Promise<T | undefined> {
  return answeringPicks(vscode.commands.executeCommand<T | undefined>(command, arg));
}

/** Presses Enter in each quick pick shown until the command already `running` ends. */
export async function answeringPicks<T>(running: Thenable<T>): Promise<T> {
  let ended = false;
  const ending = Promise.resolve(running).finally(() => {
    ended = true;
  });
  for (let i = 0; !ended && i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!ended) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return ending;
}
