// A second Paymo account beside the suite's own, on the second sandbox (the same demo data, so the
// same ids: exactly where one account's id must never reach the other's server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Account } from '../../../src/accounts/account';
import type { PaymoContactsApi } from '../../../src/testApi';
import { until } from './paymoApi';
import { secondSandbox } from './sandbox';

/** Adds the second sandbox's demo admin as a second account, with its tree loaded. */
export async function addSecondAccount(api: PaymoContactsApi, args: Record<string, string> = { apiKey: secondSandbox().apiKey }): Promise<Account> {
  const result = await vscode.commands.executeCommand('paymoContacts.addAccount', { baseUrl: secondSandbox().apiUrl, ...args });
  assert.ok(result, 'the second account signed in');
  await until(() => api.accounts.signedIn().length === 2, 'both accounts to be signed in');
  const second = api.accounts.signedIn().find((a) => a.auth.baseUrl === secondSandbox().apiUrl)!;
  await second.loader.ensureData();
  await until(() => second.loader.state === 'ready', "the second account's tree to load");
  await second.loader.whenIdle();
  return second;
}

/** Signs out every account but the first, as every other suite expects. */
export async function onlyFirstAccount(api: PaymoContactsApi): Promise<void> {
  for (const account of api.accounts.all.slice(1)) await vscode.commands.executeCommand('paymoContacts.signOut', { account });
  await until(() => api.accounts.all.length === 1, 'the added accounts to go');
}
