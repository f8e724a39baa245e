// The extension's test API, its commands run by their short name, and the waits the tests share.
import * as vscode from 'vscode';
import type { PaymoContactsApi } from '../../../src/testApi';
import type { ClientNode } from '../../../src/tree/clientNode';
import type { ContactNode } from '../../../src/tree/contactNode';
import type { TreeNode } from '../../../src/tree/treeNode';
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
  if (api.auth.state !== 'signedIn') await signInToSandbox();
  // A restored sign-in loads when the view shows or a command needs the data: this is such a need.
  await api.loader.ensureData();
  await until(() => api.loader.state === 'ready' || api.loader.state === 'empty', 'the tree to load');
  await api.loader.whenIdle();
  return api;
}

/** Runs `paymoContacts.<id>` with its arguments (a tree node or `{ contactId, … }`, then the selection) and returns what it did. */
export function command<T = unknown>(id: string, ...args: unknown[]): Thenable<T | undefined> {
  return vscode.commands.executeCommand<T | undefined>(`paymoContacts.${id}`, ...args);
}

export function clientNodes(api: PaymoContactsApi): ClientNode[] {
  return api.tree.getChildren() as ClientNode[];
}

export function contactNodes(api: PaymoContactsApi, client: ClientNode): ContactNode[] {
  return api.tree.getChildren(client) as ContactNode[];
}

/** The view's node of this client, as VS Code gets it (the first level). */
export function nodeOfClient(api: PaymoContactsApi, clientId: number): ClientNode | undefined {
  return clientNodes(api).find((node) => node.client.id === clientId);
}

/** The view's node of this contact, as VS Code gets it (under its client's node). */
export function nodeOfContact(api: PaymoContactsApi, contactId: number): ContactNode | undefined {
  const contact = api.store.contact(contactId);
  const client = contact && nodeOfClient(api, contact.client_id);
  return client && contactNodes(api, client).find((node) => node.contact.id === contactId);
}

/**
 * Resolves once the view shows the logos and avatars of these nodes (their items' icons are files):
 * after that no image arrives to repaint them.
 */
export async function imagesShown(api: PaymoContactsApi, nodes: readonly TreeNode[]): Promise<void> {
  const withImage = nodes.filter((n) =>
    n.kind === 'client' ? (n.client.image_thumb_small ?? n.client.image) : n.kind === 'contact' && (n.contact.image_thumb_small ?? n.contact.image),
  );
  await until(() => withImage.every((n) => api.tree.getTreeItem(n).iconPath instanceof vscode.Uri), 'the logos and avatars to show');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('paymoContacts').update(key, value, vscode.ConfigurationTarget.Global);
}
