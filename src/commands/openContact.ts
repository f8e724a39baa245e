// Shows a contact's details read-only, as a rendered Markdown preview of its virtual document.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { contactUri } from './contactDocuments';
import { contactTarget } from './targets';

export async function openContact(services: Services, arg: unknown): Promise<vscode.Uri | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Open Contact'),
    none: vscode.l10n.t('There are no contacts yet.'),
  });
  if (!contact) return undefined;
  // Opened is seen, however it was opened (the tree, the palette, a keybinding).
  services.account.changes.seen('clientcontacts', contact.id);
  const uri = contactUri(services.account, contact);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri;
}
