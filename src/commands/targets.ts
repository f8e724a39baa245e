// Turns a command's first argument into the contact it acts on. The tree passes its node (a contact,
// or a client to choose among its contacts), keybindings and tests `{ contactId }`, `{ clientId }` or
// a bare contact id; the palette passes nothing and the user picks. The store's copy is used, so a
// node that went stale is never acted on. A client's target: `clients/clientTarget.ts`.
import * as vscode from 'vscode';
import { isObject } from '../webviewContract/isObject';
import type { ClientContact, PaymoId } from '../paymo';
import type { Services } from '../services';
import { clientIdOf } from './clients/clientTarget';
import { emailOf } from './contactFacts';
import { pickContact, type ContactPickOptions } from './contactPicker';
import { notificationText } from '../ui/textEscaping';

export function contactIdOf(arg: unknown): PaymoId | undefined {
  if (typeof arg === 'number') return arg;
  if (!isObject(arg)) return undefined;
  if (typeof arg.contactId === 'number') return arg.contactId;
  return isObject(arg.contact) && typeof arg.contact.id === 'number' ? arg.contact.id : undefined;
}

/**
 * The contact named by `arg`, or the one the user picks (among the client's contacts when `arg` names
 * a client). `undefined` when the user cancelled. A contact the store does not hold (yet) is fetched.
 */
export async function contactTarget(
  services: Services,
  arg: unknown,
  pick: Omit<ContactPickOptions, 'clientId' | 'value'>,
): Promise<ClientContact | undefined> {
  services.auth.api(); // signed out: say so (SignedOutError), not that there is no contact
  const id = contactIdOf(arg);
  if (id === undefined) return pickContact(services, { ...pick, clientId: clientIdOf(arg) });
  const known = services.store.contact(id);
  if (known) return known;
  const fetched = await services.auth.api().getContact(id);
  services.store.upsertContact(fetched);
  return fetched;
}

/** A contact with an email address and that address; one without is refused with a message. */
export async function emailTarget(services: Services, arg: unknown, title: string): Promise<{ contact: ClientContact; email: string } | undefined> {
  const contact = await contactTarget(services, arg, {
    title,
    filter: (c) => emailOf(c) !== undefined,
    none: vscode.l10n.t('No contact has an email address.'),
  });
  const email = contact && emailOf(contact);
  if (contact && !email) void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} has no email address.', contact.name)));
  return contact && email ? { contact, email } : undefined;
}

/** The client's name for messages, or its id when the store has not loaded it. */
export function clientNameOf(services: Services, contact: ClientContact): string {
  return services.store.client(contact.client_id)?.name ?? vscode.l10n.t('client {0}', contact.client_id);
}
