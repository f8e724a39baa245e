// Deletes a client: the most destructive action the product offers, since Paymo deletes the client's
// contacts, projects, tasks, time entries and invoices with it. A modal says so, naming the client and
// its number of contacts, and the client's name must then be typed out; nothing is sent otherwise.
import * as vscode from 'vscode';
import type { Client } from '../../paymo';
import type { Services } from '../../services';
import { notificationText } from '../../ui/textEscaping';
import { deleteOnce } from '../deleteOnce';
import { withWriteProgress } from '../progress';
import { argOption } from '../argOption';
import { clientTarget } from './clientTarget';

/** `{ clientId, confirmedName }` stands for both prompts (keybindings that mean it, and tests); a wrong name is refused. */
export async function deleteClient(services: Services, arg: unknown): Promise<Client | undefined> {
  const api = services.auth.api();
  const client = await clientTarget(services, arg, {
    title: vscode.l10n.t('Delete Client'),
    none: vscode.l10n.t('There are no clients to delete.'),
  });
  if (!client) return undefined;
  // Counted on the server, not in a view that may be behind: the user is told what will go.
  const contacts = (await api.listContacts({ clientId: client.id })).length;
  const given = argOption(arg, 'confirmedName');
  const typed = typeof given === 'string' ? given : await confirmDelete(client, contacts);
  if (typed === undefined) return undefined;
  if (typed.trim() !== client.name.trim()) {
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t("{0} was not deleted: the name typed was not the client's name.", client.name)));
    return undefined;
  }
  await withWriteProgress(vscode.l10n.t('Deleting {0}…', client.name), () => deleteOnce(() => api.deleteClient(client.id)));
  services.store.removeClient(client.id);
  return client;
}

/** What the modal says, before the name is asked for. */
export function deleteQuestion(client: Client, contacts: number): { message: string; detail: string } {
  const count =
    contacts === 0
      ? vscode.l10n.t('It has no contacts.')
      : contacts === 1
        ? vscode.l10n.t('Its 1 contact is deleted too.')
        : vscode.l10n.t('Its {0} contacts are deleted too.', contacts);
  return {
    message: vscode.l10n.t('Delete the client {0}?', client.name),
    detail: `${count} ${vscode.l10n.t("Paymo also deletes the client's projects, tasks, time entries and invoices. This cannot be undone.")}`,
  };
}

/** The name the user typed, or `undefined` when they backed out. */
async function confirmDelete(client: Client, contacts: number): Promise<string | undefined> {
  const proceed = vscode.l10n.t('Delete…');
  const { message, detail } = deleteQuestion(client, contacts);
  const answer = await vscode.window.showWarningMessage(notificationText(message), { modal: true, detail }, proceed);
  if (answer !== proceed) return undefined;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Delete Client'),
    prompt: vscode.l10n.t("Type the client's name, {0}, to delete it with everything Paymo keeps for it.", client.name),
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() === client.name.trim() ? undefined : vscode.l10n.t('Type the name exactly as shown to confirm.')),
  });
}
