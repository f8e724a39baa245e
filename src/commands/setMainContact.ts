// Makes a contact its client's main contact. The server clears the flag on the client's other
// contacts, so that client's contacts are listed again (one request) rather than guessed.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { withWriteProgress } from './progress';
import { clientNameOf, contactTarget } from './targets';
import { notificationText } from '../ui/textEscaping';

export async function setMainContact(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Set as Main Contact'),
    filter: (c) => !c.is_main,
    none: vscode.l10n.t("Every contact is already its client's main contact."),
  });
  if (!contact) return undefined;
  const clientName = clientNameOf(services, contact);
  if (contact.is_main) {
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} is already the main contact of {1}.', contact.name, clientName)));
    return contact;
  }
  const contacts = await withWriteProgress(vscode.l10n.t('Making {0} the main contact of {1}…', contact.name, clientName), async () => {
    const paymo = services.auth.api();
    await paymo.updateContact(contact.id, { is_main: true });
    return paymo.listContacts({ clientId: contact.client_id });
  });
  services.store.replaceContactsOf(contact.client_id, contacts);
  return contacts.find((c) => c.id === contact.id);
}
