// What can be done with one contact, for the search's second quick pick. The same conditions as the
// tree's context menu: email actions only with an email, revoke only with access, and so on.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import { emailOf, phoneNumbersOf } from './contactFacts';

interface ContactAction extends vscode.QuickPickItem {
  command: string;
}

export function contactActions(contact: ClientContact): ContactAction[] {
  const hasEmail = emailOf(contact) !== undefined;
  const candidates: [boolean, string, string, string][] = [
    [true, 'openContact', 'preview', vscode.l10n.t('Open Details')],
    [true, 'editContact', 'edit', vscode.l10n.t('Edit')],
    [hasEmail, 'copyEmail', 'copy', vscode.l10n.t('Copy Email')],
    [hasEmail, 'sendEmail', 'mail', vscode.l10n.t('Send Email')],
    [phoneNumbersOf(contact).length > 0, 'copyPhone', 'copy', vscode.l10n.t('Copy Phone Number')],
    [!contact.is_main, 'setMainContact', 'star-full', vscode.l10n.t('Set as Main Contact')],
    [!contact.access, 'grantPortalAccess', 'unlock', vscode.l10n.t('Grant Portal Access')],
    [contact.access, 'grantPortalAccess', 'key', vscode.l10n.t('Change Portal Password')],
    [contact.access, 'revokePortalAccess', 'lock', vscode.l10n.t('Revoke Portal Access')],
    [true, 'uploadContactImage', 'file-media', contact.image ? vscode.l10n.t('Replace Image') : vscode.l10n.t('Upload Image')],
    [true, 'deleteContact', 'trash', vscode.l10n.t('Delete')],
  ];
  return candidates.filter(([applies]) => applies).map(([, command, icon, label]) => ({ label: `$(${icon}) ${label}`, command: `paymoContacts.${command}` }));
}

/** Asks what to do with the contact, then does it. */
export async function offerContactActions(contact: ClientContact, title: string): Promise<void> {
  const action = await vscode.window.showQuickPick(contactActions(contact), { title, placeHolder: vscode.l10n.t('What do you want to do?') });
  if (action) await vscode.commands.executeCommand(action.command, { contactId: contact.id });
}
