// Edits a client one field at a time: pick the field, change its value, and only that field is sent
// (Paymo keeps the others). The values shown are read from Paymo first, so that an edit starts from
// what is there now, not from a view that may be behind.
import * as vscode from 'vscode';
import type { Client, ClientPatch } from '../../paymo';
import type { Services } from '../../services';
import { escapeIcons } from '../../ui/textEscaping';
import { withWriteProgress } from '../progress';
import { argOption, clientTarget } from '../targets';
import { checkClientField, clientFieldLabels, fromInputText, toInputText, type ClientField } from './clientFields';

/** `{ clientId, patch }` sends that patch without prompts. */
export async function editClient(services: Services, arg: unknown): Promise<Client | undefined> {
  const paymo = services.session.api();
  const client = await clientTarget(services, arg, {
    title: vscode.l10n.t('Edit Client'),
    none: vscode.l10n.t('There are no clients to edit.'),
  });
  if (!client) return undefined;
  const patch = (argOption(arg, 'patch') as ClientPatch | undefined) ?? (await askChange(services, client));
  if (!patch) return undefined;
  const updated = await withWriteProgress(vscode.l10n.t('Saving {0}…', client.name), () => paymo.updateClient(client.id, patch));
  services.store.upsertClient(updated);
  return updated;
}

interface FieldItem extends vscode.QuickPickItem {
  field: ClientField;
}

async function askChange(services: Services, client: Client): Promise<ClientPatch | undefined> {
  const current = await services.session.api().getClient(client.id);
  if (current.updated_on !== client.updated_on) services.store.upsertClient(current);
  const labels = clientFieldLabels();
  const items = (Object.keys(labels) as ClientField[]).map((field): FieldItem => ({
    field,
    label: labels[field],
    description: escapeIcons(toInputText(current[field])) || vscode.l10n.t('(empty)'),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Edit {0}', escapeIcons(current.name)),
    placeHolder: vscode.l10n.t('Choose the detail to change'),
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  const { field } = picked;
  const before = toInputText(current[field]);
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('{0} of {1}', labels[field], escapeIcons(current.name)),
    value: before,
    prompt:
      before.includes('↵') || field === 'address' || field === 'fiscal_information'
        ? vscode.l10n.t('↵ stands for a line break. Leave it empty to clear it.')
        : field === 'name'
          ? undefined
          : vscode.l10n.t('Leave it empty to clear it.'),
    ignoreFocusOut: true,
    validateInput: (value) => checkClientField(field, value),
  });
  if (text === undefined) return undefined;
  const value = fromInputText(field, text);
  return value === current[field] ? undefined : { [field]: value };
}
