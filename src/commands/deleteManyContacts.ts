// Deletes several contacts: one modal confirmation with their count and names, then one request each
// (forEachContact.ts: progress, the tree updated per contact, the failures named with why).
import * as vscode from 'vscode';
import { PaymoNotFoundError, type ClientContact } from '../paymo';
import type { Services } from '../services';
import { countText, takesSingular } from '../ui/displayFormat';
import { notificationText } from '../ui/textEscaping';
import { forEachContact, type ManyResult } from './forEachContact';

/** Names listed in the confirmation; more are counted. */
const NAMES_SHOWN = 15;

export async function deleteManyContacts(services: Services, contacts: readonly ClientContact[], confirmed: boolean): Promise<ManyResult | undefined> {
  services.auth.api(); // signed out: say so before asking
  if (!contacts.length) return undefined;
  if (!confirmed && !(await confirm(contacts))) return undefined;
  const n = countText(contacts.length);
  const title = takesSingular(contacts.length) ? vscode.l10n.t('Deleting {0} contact…', n) : vscode.l10n.t('Deleting {0} contacts…', n);
  return forEachContact(services, title, contacts, async (contact, signal) => {
    try {
      await services.auth.api().deleteContact(contact.id, signal);
    } catch (error) {
      // Someone else deleted it first: what the user wanted is done.
      if (!(error instanceof PaymoNotFoundError)) throw error;
    }
    services.store.removeContact(contact.id);
  });
}

async function confirm(contacts: readonly ClientContact[]): Promise<boolean> {
  const remove = vscode.l10n.t('Delete');
  const names = contacts.slice(0, NAMES_SHOWN).map((c) => c.name);
  if (contacts.length > NAMES_SHOWN) names.push(vscode.l10n.t('and {0} more', countText(contacts.length - NAMES_SHOWN)));
  const n = countText(contacts.length);
  const answer = await vscode.window.showWarningMessage(
    notificationText(takesSingular(contacts.length) ? vscode.l10n.t('Delete {0} contact?', n) : vscode.l10n.t('Delete {0} contacts?', n)),
    { modal: true, detail: `${names.join('\n')}\n\n${vscode.l10n.t('The contacts are deleted in Paymo. This cannot be undone.')}` },
    remove,
  );
  return answer === remove;
}
