// Create Client: opens the client form, or creates a client without it, sent once (a create whose
// answer was lost is reported, never sent again). `{ fields, uri }` creates that client (shown in the
// view); a contact form's "New client…" (`{ fromForm: true }`) asks for the name only.
import * as vscode from 'vscode';
import { checkImage, type Client, type NewClient } from '../../paymo';
import type { Services } from '../../services';
import { showError } from '../../ui/errorPresenter';
import { readImageFile } from '../imageFile';
import { withWriteProgress } from '../progress';
import { argOption } from '../argOption';
import type { ClientForms } from './clientForms';

/**
 * `{ fields, uri }` creates that client (with the logo in `uri`) without prompts. `{ fromForm: true }`:
 * a contact form asked (its client picker shows the new client, so the view is left as it is).
 * Without either, the client form opens.
 */
export async function createClient(services: Services, arg: unknown, forms: ClientForms): Promise<Client | undefined> {
  const api = services.auth.api(); // signed out: say so before opening a form that cannot save
  if (argOption(arg, 'fields') === undefined && argOption(arg, 'fromForm') !== true) {
    forms.create(services);
    return undefined;
  }
  const given = argOption(arg, 'fields') as NewClient | undefined;
  const fields = given ?? (await askName(services));
  if (!fields) return undefined;
  const uri = argOption(arg, 'uri');
  const image = uri instanceof vscode.Uri ? await readImageFile(uri) : undefined;
  if (image) checkImage(image.bytes, image.fileName);
  const { client, imageError } = await withWriteProgress(vscode.l10n.t('Creating the client {0}…', fields.name), () => api.createClient(fields, { image }));
  services.store.upsertClient(client);
  if (imageError) showError(imageError, { action: vscode.l10n.t('Upload the logo of the new client {0}', client.name) });
  if (argOption(arg, 'fromForm') === true) return client;
  await services.tree.revealClient(services.account, client.id);
  return client;
}

async function askName(services: Services): Promise<NewClient | undefined> {
  await services.loader.ensureData(); // to warn about a name that is taken
  const taken = new Set(services.store.clients().map((c) => c.name.trim().toLocaleLowerCase()));
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Create Client'),
    prompt: vscode.l10n.t("The client's name (its other details can be added afterwards with Edit Client)."),
    ignoreFocusOut: true,
    validateInput: (text) => {
      if (!text.trim()) return vscode.l10n.t('The client needs a name.');
      return taken.has(text.trim().toLocaleLowerCase())
        ? { message: vscode.l10n.t('A client with this name exists already.'), severity: vscode.InputBoxValidationSeverity.Warning }
        : undefined;
    },
  });
  return name === undefined ? undefined : { name: name.trim() };
}
