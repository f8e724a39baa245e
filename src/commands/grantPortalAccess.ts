// Gives a contact access to the client portal. The portal signs in with the contact's email, so a
// contact without one is refused before anything is sent, with a way to add it.
import * as vscode from 'vscode';
import { PaymoInvalidInputError, type ClientContact } from '../paymo';
import type { Services } from '../services';
import { emailOf } from './contactFacts';
import { askPortalPassword, passwordProblem, type PortalPassword } from './portalPassword';
import { withWriteProgress } from './progress';
import { contactTarget } from './targets';
import { argOption } from './argOption';
import { notificationText } from '../ui/textEscaping';

/** `{ contactId, password }` grants without asking. */
export async function grantPortalAccess(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Grant Portal Access'),
    none: vscode.l10n.t('There are no contacts to give portal access to.'),
  });
  if (!contact) return undefined;
  const email = emailOf(contact);
  if (!email) {
    offerToAddEmail(contact);
    return undefined;
  }
  const given = argOption(arg, 'password');
  const chosen: PortalPassword | undefined = typeof given === 'string' ? { password: given, generated: false } : await askPortalPassword(contact.name);
  if (!chosen) return undefined;
  const problem = passwordProblem(chosen.password);
  if (problem) throw new PaymoInvalidInputError({ kind: 'described', text: problem, field: 'password' });

  const updated = await withWriteProgress(vscode.l10n.t('Granting portal access to {0}…', contact.name), () =>
    services.auth.api().grantPortalAccess(contact.id, chosen.password),
  );
  services.store.upsertContact(updated);
  if (chosen.generated) await vscode.env.clipboard.writeText(chosen.password);
  const done = vscode.l10n.t('{0} can now sign in to the client portal as {1}.', updated.name, email);
  void vscode.window.showInformationMessage(
    notificationText(chosen.generated ? `${done} ${vscode.l10n.t('The generated password is on the clipboard.')}` : done),
  );
  return updated;
}

function offerToAddEmail(contact: ClientContact): void {
  const edit = vscode.l10n.t('Edit Contact');
  // Not awaited: the command is over, and an unanswered notification must not keep it running.
  void vscode.window
    .showWarningMessage(notificationText(vscode.l10n.t('{0} has no email address. The client portal signs in with it: add one first.', contact.name)), edit)
    .then((answer) => answer === edit && vscode.commands.executeCommand('paymoContacts.editContact', { contactId: contact.id }));
}
