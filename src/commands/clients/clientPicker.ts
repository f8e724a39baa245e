// The quick pick over clients: the palette form of every client command. It reads the store only, in
// the view's order; archived clients are marked, and offered only where the command applies to them.
import * as vscode from 'vscode';
import type { Client, PaymoId } from '../../paymo';
import type { Services } from '../../services';
import { contactCountText } from '../../tree/contactCount';
import { escapeIcons } from '../../ui/textEscaping';

export interface ClientPickOptions {
  title: string;
  /** Only the clients the command can act on (e.g. archived ones for "Restore"). */
  filter?: (client: Client) => boolean;
  /** Said when there is nothing to pick. */
  none: string;
}

interface ClientItem extends vscode.QuickPickItem {
  clientId: PaymoId;
}

export async function pickClient(services: Services, options: ClientPickOptions): Promise<Client | undefined> {
  await services.loader.ensureData();
  const { store } = services;
  const items = store
    .clients()
    .filter((c) => options.filter?.(c) ?? true)
    .map((client) => clientItem(client, store.contactsOf(client.id).length));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(options.none);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: options.title,
    placeHolder: vscode.l10n.t("Type a client's name, city or email"),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked && store.client(picked.clientId);
}

function clientItem(client: Client, contacts: number): ClientItem {
  return {
    clientId: client.id,
    label: escapeIcons(client.name),
    description: [client.active ? undefined : vscode.l10n.t('archived'), contactCountText(contacts)].filter(Boolean).join(' · '),
    detail: escapeIcons([client.city, client.email].filter(Boolean).join(' · ')),
    iconPath: new vscode.ThemeIcon(client.active ? 'organization' : 'archive'),
  };
}
