// The extension's test API, and the waits the tests share.
import * as vscode from 'vscode';
import type { PaymoContactsApi } from '../../../src/testApi';
import type { ClientNode } from '../../../src/tree/clientNode';
import type { ContactNode } from '../../../src/tree/contactNode';
import { activateExtension } from './extension';
import { signInToSandbox } from './sandbox';

export function paymoApi(): Promise<PaymoContactsApi> {
  return activateExtension<PaymoContactsApi>();
}

/** Signed in to the suite's sandbox with the tree loaded. */
export async function signedInApi(): Promise<PaymoContactsApi> {
  const api = await paymoApi();
  await api.loader.whenIdle();
  if (api.session.state !== 'signedIn') await signInToSandbox();
  await until(() => api.loader.state === 'ready' || api.loader.state === 'empty', 'the tree to load');
  await api.loader.whenIdle();
  return api;
}

/** Polls until `predicate` holds (VS Code and the extension react asynchronously). */
export async function until(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function clientNodes(api: PaymoContactsApi): ClientNode[] {
  return api.tree.getChildren() as ClientNode[];
}

export function contactNodes(api: PaymoContactsApi, client: ClientNode): ContactNode[] {
  return api.tree.getChildren(client) as ContactNode[];
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('paymoContacts').update(key, value, vscode.ConfigurationTarget.Global);
}
