// Registers every contact command (all but sign-in/out, refresh and the log, in `core/`, and
// create/edit, in `src/forms/`). Each handler takes the services and its first argument, the target.
import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import { registerCommandTable, type TargetCommand } from './commandTable';
import { registerContactDocuments } from './contactDocuments';
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

/** Each command with what it does, for "… failed: <why>" messages. */
function contactCommands(): Record<string, [TargetCommand, string]> {
  return {
    searchContacts: [searchContacts, vscode.l10n.t('Search contacts')],
    openContact: [openContact, vscode.l10n.t('Open contact details')],
    deleteContact: [deleteContact, vscode.l10n.t('Delete contact')],
    grantPortalAccess: [grantPortalAccess, vscode.l10n.t('Grant portal access')],
    revokePortalAccess: [revokePortalAccess, vscode.l10n.t('Revoke portal access')],
    uploadContactImage: [uploadContactImage, vscode.l10n.t('Upload contact image')],
    setMainContact: [setMainContact, vscode.l10n.t('Set main contact')],
    copyEmail: [copyEmail, vscode.l10n.t('Copy email address')],
    copyPhone: [copyPhone, vscode.l10n.t('Copy phone number')],
    sendEmail: [sendEmail, vscode.l10n.t('Send email')],
    moveContacts: [moveContacts, vscode.l10n.t('Move contacts')],
  };
}

export function registerContactCommands(services: ExtensionServices): void {
  registerContactDocuments(services);
  registerCommandTable(services, contactCommands());
}
