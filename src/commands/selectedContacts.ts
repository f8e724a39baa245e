// The contacts a command for many acts on. From the tree, VS Code passes the clicked node and every
// selected node (the view allows multiple selection); a client node stands for all its contacts.
// Keybindings and tests pass `{ contactId }`, `{ clientId }`, `{ contactIds: [...] }` or a contact id.
import * as vscode from 'vscode';
import { isObject } from '../webviewContract/isObject';
import type { ClientContact, PaymoId } from '../paymo';
import type { Services } from '../services';
import { contactIdOf } from './targets';
import { clientIdOf } from './clients/clientTarget';

/** The nodes acted on: the selection when the clicked node is part of it, else the clicked node alone. */
export function actedOn(arg: unknown, selected: unknown): unknown[] {
  if (arg === undefined) return [];
  return Array.isArray(selected) && selected.includes(arg) ? selected : [arg];
}

/**
 * Every contact the targets name, each once, in the order named; targets the store does not know give
 * none. Items of another account are refused: an id means nothing outside its own account.
 */
export function contactsOf(services: Services, targets: readonly unknown[]): ClientContact[] {
  if (targets.some((t) => isObject(t) && t.account !== undefined && t.account !== services.account)) {
    throw new Error(vscode.l10n.t('Select contacts of one Paymo account at a time.'));
  }
  const found = new Map<PaymoId, ClientContact>();
  const add = (contact: ClientContact | undefined) => {
    if (contact && !found.has(contact.id)) found.set(contact.id, contact);
  };
  for (const target of targets) {
    const contactId = contactIdOf(target);
    const clientId = contactId === undefined ? clientIdOf(target) : undefined;
    if (contactId !== undefined) add(services.store.contact(contactId));
    else if (clientId !== undefined) services.store.contactsOf(clientId).forEach(add);
    else idsOf(target).forEach((id) => add(services.store.contact(id)));
  }
  return [...found.values()];
}

function idsOf(target: unknown): PaymoId[] {
  const ids = typeof target === 'object' && target !== null ? (target as { contactIds?: unknown }).contactIds : undefined;
  return Array.isArray(ids) ? ids.filter((id): id is PaymoId => typeof id === 'number') : [];
}
