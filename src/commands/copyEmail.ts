// Copies a contact's email address; with several contacts selected, the addresses of those that have
// one, comma separated (what an email's To field takes), saying which had none.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { notificationText } from '../ui/textEscaping';
import { copyToClipboard } from './clipboard';
import { emailOf } from './contactFacts';
import { actedOn, contactsOf } from './selectedContacts';
import { emailTarget } from './targets';

export async function copyEmail(services: Services, arg: unknown, selected?: unknown): Promise<string | undefined> {
  const targets = actedOn(arg, selected);
  if (targets.length > 1) {
    const contacts = contactsOf(services, targets);
    const emails = contacts.flatMap((c) => emailOf(c) ?? []);
    const without = contacts.filter((c) => emailOf(c) === undefined).map((c) => c.name);
    if (without.length) void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('No email address: {0}.', without.join(', '))));
    return emails.length ? copyToClipboard(emails.join(', ')) : undefined;
  }
  const target = await emailTarget(services, arg, vscode.l10n.t('Copy Email'));
  return target && copyToClipboard(target.email);
}
