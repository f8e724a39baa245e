// What to export when the command names nothing (the palette, the view's title menu): what is
// selected in the view, everything the view lists, or one client's contacts.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { escapeIcons } from '../ui/textEscaping';
import { contactsOf } from '../commands/selectedContacts';
import { contactCountText } from '../tree/contactCount';

interface ScopeItem extends vscode.QuickPickItem {
  contacts: () => ClientContact[];
}

export async function pickExportScope(services: Services): Promise<ClientContact[] | undefined> {
  await services.loader.ensureData();
  const { store, tree } = services;
  const clients = tree.visibleClients(services.account);
  const selection = contactsOf(services, tree.view.selection);
  const items: ScopeItem[] = [];
  if (selection.length)
    items.push({ label: vscode.l10n.t('Selected in the view'), description: contactCountText(selection.length), contacts: () => selection });
  const all = () => clients.flatMap((c) => store.contactsOf(c.id));
  items.push({ label: vscode.l10n.t('All contacts'), description: contactCountText(all().length), contacts: all });
  items.push({ label: vscode.l10n.t('Clients'), kind: vscode.QuickPickItemKind.Separator, contacts: () => [] });
  for (const client of clients) {
    const contacts = store.contactsOf(client.id);
    if (contacts.length) items.push({ label: escapeIcons(client.name), description: contactCountText(contacts.length), contacts: () => [...contacts] });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Contacts'), placeHolder: vscode.l10n.t('Which contacts to export') });
  return picked?.contacts();
}
