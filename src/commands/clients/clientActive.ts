// Archiving and restoring a client: one field (`active`) written, the store told. An archived
// client leaves the view unless archived clients are shown; its contacts stay searchable.
import * as vscode from 'vscode';
import type { Client } from '../../paymo';
import type { Services } from '../../services';
import { notificationText } from '../../ui/textEscaping';
import { withWriteProgress } from '../progress';
import { clientTarget } from './clientTarget';

export async function setClientActive(services: Services, arg: unknown, active: boolean): Promise<Client | undefined> {
  const paymo = services.auth.api();
  const client = await clientTarget(
    services,
    arg,
    active
      ? { title: vscode.l10n.t('Restore Client'), filter: (c) => !c.active, none: vscode.l10n.t('No client is archived.') }
      : { title: vscode.l10n.t('Archive Client'), filter: (c) => c.active, none: vscode.l10n.t('There are no active clients to archive.') },
  );
  if (!client) return undefined;
  if (client.active === active) {
    void vscode.window.showInformationMessage(
      notificationText(active ? vscode.l10n.t('{0} is not archived.', client.name) : vscode.l10n.t('{0} is already archived.', client.name)),
    );
    return client;
  }
  const updated = await withWriteProgress(active ? vscode.l10n.t('Restoring {0}…', client.name) : vscode.l10n.t('Archiving {0}…', client.name), () =>
    active ? paymo.restoreClient(client.id) : paymo.archiveClient(client.id),
  );
  services.store.upsertClient(updated);
  if (!active && !services.tree.showsArchived) void offerUndo(updated);
  return updated;
}

/** The client vanished from the view: say where it went, and offer to bring it back. */
async function offerUndo(client: Client): Promise<void> {
  const undo = vscode.l10n.t('Undo');
  const answer = await vscode.window.showInformationMessage(
    notificationText(
      vscode.l10n.t(
        '{0} is archived and hidden from the view (the setting "Show Archived Clients" shows it). Its contacts are still found by Search Contacts.',
        client.name,
      ),
    ),
    undo,
  );
  if (answer === undo) await vscode.commands.executeCommand('paymoContacts.restoreClient', { clientId: client.id });
}
