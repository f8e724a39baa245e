// Copies the vCard 4.0 of the selected contacts (or the one picked), ready to paste into a mail or an
// address book.
import * as vscode from 'vscode';
import { loadInterchange } from '../interchange/load';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { countText, takesSingular } from '../ui/displayFormat';
import { actedOn, contactsOf } from '../commands/selectedContacts';
import { contactTarget } from '../commands/targets';

const CONFIRMATION_MS = 3000;

export async function copyAsVCard(services: Services, arg: unknown, selected?: unknown): Promise<string | undefined> {
  services.auth.api(); // signed out: say so
  await services.loader.ensureData();
  const targets = actedOn(arg, selected);
  // One target is handled as every single-contact command does (a client node: pick among its contacts).
  const contacts: ClientContact[] =
    targets.length > 1
      ? contactsOf(services, targets)
      : [await contactTarget(services, arg, { title: vscode.l10n.t('Copy as vCard'), none: vscode.l10n.t('There are no contacts to copy.') })].filter(
          (c) => c !== undefined,
        );
  if (!contacts.length) return undefined;
  const source = services.auth.baseUrl;
  const text = loadInterchange().exportText(contacts, {
    format: 'vcard',
    clientName: (c) => services.store.client(c.client_id)?.name ?? '',
    ...(source ? { source } : {}),
  });
  await vscode.env.clipboard.writeText(text);
  const n = countText(contacts.length);
  const copied = takesSingular(contacts.length) ? vscode.l10n.t('Copied {0} vCard', n) : vscode.l10n.t('Copied {0} vCards', n);
  vscode.window.setStatusBarMessage(`$(check) ${copied}`, CONFIRMATION_MS);
  return text;
}
