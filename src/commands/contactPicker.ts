// The quick pick over contacts: the palette form of every contact command and the search. It reads
// the store only, so typing never sends a request; VS Code filters on name, client and details.
import * as vscode from 'vscode';
import type { Client, ClientContact, PaymoId } from '../paymo';
import type { Services } from '../services';
import { emailOf, phoneNumbersOf } from './contactFacts';
import { escapeIcons } from '../ui/textEscaping';

export interface ContactPickOptions {
  title: string;
  /** Only the contacts a command can act on (e.g. those with portal access for "Revoke"). */
  filter?: (contact: ClientContact) => boolean;
  /** Only this client's contacts (the command was run on a client node). */
  clientId?: PaymoId;
  /** Text already typed into the filter. */
  value?: string;
  /** Said when there is nothing to pick. */
  none: string;
}

interface ContactItem extends vscode.QuickPickItem {
  contactId: PaymoId;
}

export async function pickContact(services: Services, options: ContactPickOptions): Promise<ClientContact | undefined> {
  await services.loader.ensureData();
  const items = contactItems(services, options);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(options.none);
    return undefined;
  }
  const picker = vscode.window.createQuickPick<ContactItem>();
  picker.title = options.title;
  picker.placeholder = vscode.l10n.t('Type a name, client, email, phone or position');
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = items;
  picker.value = options.value ?? '';
  const picked = await new Promise<ContactItem | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0]));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return picked && services.store.contact(picked.contactId);
}

function contactItems(services: Services, options: ContactPickOptions): ContactItem[] {
  const { store } = services;
  // Archived clients' contacts too, after the others: archiving a client must not lose its people.
  const all = store.clients();
  const clients = options.clientId === undefined ? [...all.filter((c) => c.active), ...all.filter((c) => !c.active)] : [store.client(options.clientId)];
  return clients.flatMap((client) => {
    if (!client) return [];
    const contacts = store.contactsOf(client.id).filter((c) => options.filter?.(c) ?? true);
    return contacts.map((contact) => contactItem(contact, client));
  });
}

function contactItem(contact: ClientContact, client: Client): ContactItem {
  const details = [emailOf(contact), phoneNumbersOf(contact)[0]?.number, contact.position?.trim()];
  return {
    contactId: contact.id,
    label: escapeIcons(contact.name),
    description: escapeIcons(client.active ? client.name : vscode.l10n.t('{0} (archived)', client.name)),
    detail: escapeIcons(details.filter(Boolean).join(' · ')),
    iconPath: new vscode.ThemeIcon(contact.is_main ? 'star-full' : 'person'),
  };
}
