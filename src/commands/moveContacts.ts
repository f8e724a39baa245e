// Moves contacts to another client: the selected ones (or those dragged onto a client in the tree),
// one request each (`client_id` is an update), the tree updated per contact. Keybindings, tests and
// the tree's drop pass `{ contactIds, toClientId }`.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { countText, takesSingular } from '../ui/displayFormat';
import { pickClient } from './clients/clientPicker';
import { forEachContact, type ManyResult } from './forEachContact';
import { actedOn, contactsOf } from './selectedContacts';
import { contactTarget } from './targets';
import { argOption } from './argOption';

export async function moveContacts(services: Services, arg: unknown, selected?: unknown): Promise<ManyResult | undefined> {
  services.auth.api();
  await services.loader.ensureData();
  const targets = actedOn(arg, selected);
  const named = targets.length ? contactsOf(services, targets) : [];
  const contacts = named.length ? named : await oneContact(services, arg);
  if (!contacts.length) return undefined;
  const toId = argOption(arg, 'toClientId');
  const to =
    typeof toId === 'number'
      ? services.store.client(toId)
      : await pickClient(services, {
          title: takesSingular(contacts.length)
            ? vscode.l10n.t('Move {0} Contact To', countText(contacts.length))
            : vscode.l10n.t('Move {0} Contacts To', countText(contacts.length)),
          none: vscode.l10n.t('There is no other client to move contacts to.'),
          filter: (c) => contacts.some((contact) => contact.client_id !== c.id),
        });
  if (!to) return undefined;
  const moving = contacts.filter((c) => c.client_id !== to.id);
  if (!moving.length) return { done: [], failed: [], notTried: [] };
  const n = countText(moving.length);
  const title = takesSingular(moving.length)
    ? vscode.l10n.t('Moving {0} contact to {1}…', n, to.name)
    : vscode.l10n.t('Moving {0} contacts to {1}…', n, to.name);
  return forEachContact(services, title, moving, async (contact, signal) => {
    services.store.upsertContact(await services.auth.api().updateContact(contact.id, { client_id: to.id }, signal));
  });
}

async function oneContact(services: Services, arg: unknown): Promise<ClientContact[]> {
  const contact = await contactTarget(services, arg, { title: vscode.l10n.t('Move Contact'), none: vscode.l10n.t('There are no contacts to move.') });
  return contact ? [contact] : [];
}
