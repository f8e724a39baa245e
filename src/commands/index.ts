// The contact commands (all but sign-in/out, refresh and the log, in `core/`, the client commands,
// in `clients/`, and create/edit, in `src/forms/`). Each handler takes the services of the account it
// acts on and its first argument, the target.
import * as vscode from 'vscode';
import type { CommandTable } from '../accounts/commandTable';
import { copyEmail } from './copyEmail';
import { copyPhone } from './copyPhone';
import { deleteContact } from './deleteContact';
import { grantPortalAccess } from './grantPortalAccess';
import { moveContacts } from './moveContacts';
import { openContact } from './openContact';
import { revokePortalAccess } from './revokePortalAccess';
import { searchContacts } from './searchContacts';
import { sendEmail } from './sendEmail';
import { setMainContact } from './setMainContact';
import { uploadContactImage } from './uploadContactImage';

export function contactCommands(): CommandTable {
  return {
    'paymoContacts.searchContacts': { action: vscode.l10n.t('Search contacts'), forAccount: searchContacts },
    'paymoContacts.openContact': { action: vscode.l10n.t('Open contact details'), forAccount: openContact },
    'paymoContacts.deleteContact': { action: vscode.l10n.t('Delete contact'), forAccount: deleteContact },
    'paymoContacts.grantPortalAccess': { action: vscode.l10n.t('Grant portal access'), forAccount: grantPortalAccess },
    'paymoContacts.revokePortalAccess': { action: vscode.l10n.t('Revoke portal access'), forAccount: revokePortalAccess },
    'paymoContacts.uploadContactImage': { action: vscode.l10n.t('Upload contact image'), forAccount: uploadContactImage },
    'paymoContacts.setMainContact': { action: vscode.l10n.t('Set main contact'), forAccount: setMainContact },
    'paymoContacts.copyEmail': { action: vscode.l10n.t('Copy email address'), forAccount: copyEmail },
    'paymoContacts.copyPhone': { action: vscode.l10n.t('Copy phone number'), forAccount: copyPhone },
    'paymoContacts.sendEmail': { action: vscode.l10n.t('Send email'), forAccount: sendEmail },
    'paymoContacts.moveContacts': { action: vscode.l10n.t('Move contacts'), forAccount: moveContacts },
  };
}

export { registerContactDocuments } from './contactDocuments';
