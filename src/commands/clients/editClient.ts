// Edits a client without its form: `{ clientId, patch }` sends that patch (only those fields; Paymo
// keeps the others). Edit Client without a patch opens the client form (src/forms).
import * as vscode from 'vscode';
import type { Client, ClientPatch } from '../../paymo';
import type { Services } from '../../services';
import { withWriteProgress } from '../progress';
import { argOption, clientTarget } from '../targets';

export async function editClient(services: Services, arg: unknown): Promise<Client | undefined> {
  const api = services.auth.api();
  const client = await clientTarget(services, arg, {
    title: vscode.l10n.t('Edit Client'),
    none: vscode.l10n.t('There are no clients to edit.'),
  });
  const patch = argOption(arg, 'patch') as ClientPatch | undefined;
  if (!client || !patch) return undefined;
  const updated = await withWriteProgress(vscode.l10n.t('Saving {0}…', client.name), () => api.updateClient(client.id, patch));
  services.store.upsertClient(updated);
  return updated;
}
