// The extension's test API, and the waits the tests share.
import * as vscode from 'vscode';
import type { PaymoContactsApi } from '../../../src/testApi';
import type { ClientNode } from '../../../src/tree/clientNode';
import type { ContactNode } from '../../../src/tree/contactNode';
import { activateExtension } from './extension';
import { until } from '../../support/until';
import { signInToSandbox } from './sandbox';

export { until };

export function paymoApi(): Promise<PaymoContactsApi> {
  return activateExtension<PaymoContactsApi>();
}

/** Signed in to the suite's sandbox with the tree loaded. */
export async function signedInApi(): Promise<PaymoContactsApi> {
  const api = await paymoApi();
  await api.loader.whenIdle();
  if (api.session.state !== 'signedIn') await signInToSandbox();
  // A restored sign-in loads when the view shows or a command needs the data: this is such a need.
  await api.loader.ensureData();
  await until(() => api.loader.state === 'ready' || api.loader.state === 'empty', 'the tree to load');
  await api.loader.whenIdle();
  return api;
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
