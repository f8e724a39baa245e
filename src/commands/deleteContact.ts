// Deletes a contact after a modal confirmation that names it and its client.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import { deleteOnce } from './deleteOnce';
import type { Services } from '../services';
import { withWriteProgress } from './progress';
import { argOption, clientNameOf, contactTarget } from './targets';
import { notificationText } from '../ui/textEscaping';

/** `confirmed: true` skips the question (for keybindings that mean it, and tests). */
export async function deleteContact(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Delete Contact'),
    none: vscode.l10n.t('There are no contacts to delete.'),
  });
  if (!contact) return undefined;
  const confirmed = argOption(arg, 'confirmed') === true || (await confirmDelete(services, contact));
  if (!confirmed) return undefined;
  await withWriteProgress(vscode.l10n.t('Deleting {0}…', contact.name), () => deleteOnce(() => services.session.api().deleteContact(contact.id)));
  services.store.removeContact(contact.id);
  return contact;
}

async function confirmDelete(services: Services, contact: ClientContact): Promise<boolean> {
  const remove = vscode.l10n.t('Delete');
  const answer = await vscode.window.showWarningMessage(
    notificationText(vscode.l10n.t('Delete {0} from {1}?', contact.name, clientNameOf(services, contact))),
    { modal: true, detail: vscode.l10n.t('The contact is deleted in Paymo. This cannot be undone.') },
    remove,
  );
  return answer === remove;
}
