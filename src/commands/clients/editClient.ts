// Edit Client: opens the client form on the client, or edits it without the form: `{ clientId, patch }`
// sends that patch (only those fields; Paymo keeps the others).
import * as vscode from 'vscode';
import type { Client, ClientPatch } from '../../paymo';
import type { Services } from '../../services';
import { withWriteProgress } from '../progress';
import { argOption } from '../argOption';
import type { ClientForms } from './clientForms';
import { clientTarget } from './clientTarget';

export async function editClient(services: Services, arg: unknown, forms: ClientForms): Promise<Client | undefined> {
  const client = await clientTarget(services, arg, {
    title: vscode.l10n.t('Edit Client'),
    none: vscode.l10n.t('There are no clients to edit.'),
  });
  const patch = argOption(arg, 'patch') as ClientPatch | null | undefined;
  if (client && patch === undefined) {
    // Opened is seen.
    services.account.changes.seen('clients', client.id);
    forms.edit(services, client);
  }
  if (!client || !patch) return undefined;
  const api = services.auth.api();
  const updated = await withWriteProgress(vscode.l10n.t('Saving {0}…', client.name), () => api.updateClient(client.id, patch));
  services.store.upsertClient(updated);
  return updated;
}
