// Takes a contact's client-portal access away.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { withWriteProgress } from './progress';
import { contactTarget } from './targets';
import { notificationText } from '../ui/textEscaping';

export async function revokePortalAccess(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Revoke Portal Access'),
    filter: (c) => c.access,
    none: vscode.l10n.t('No contact has portal access.'),
  });
  if (!contact) return undefined;
  const updated = await withWriteProgress(vscode.l10n.t('Revoking portal access of {0}…', contact.name), () =>
    services.auth.api().revokePortalAccess(contact.id),
  );
  services.store.upsertContact(updated);
  void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} can no longer sign in to the client portal.', updated.name)));
  return updated;
}
