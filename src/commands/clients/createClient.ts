// Creates a client from its name (the other fields are set with Edit Client), sent once: a create
// whose answer was lost is reported, never sent again. The new client is then shown in the view.
import * as vscode from 'vscode';
import { checkImage, type Client, type NewClient } from '../../paymo';
import type { Services } from '../../services';
import { showError } from '../../ui/errorPresenter';
import { notificationText } from '../../ui/textEscaping';
import { readImageFile } from '../imageFile';
import { withWriteProgress } from '../progress';
import { argOption } from '../targets';
import { checkClientField } from './clientFields';

/**
 * `{ fields, uri }` creates that client (with the logo in `uri`) without prompts. `{ fromForm: true }`:
 * a contact form asked (its client picker shows the new client, so the view is left as it is).
 */
export async function createClient(services: Services, arg: unknown): Promise<Client | undefined> {
  const paymo = services.session.api();
  const given = argOption(arg, 'fields') as NewClient | undefined;
  const fields = given ?? (await askName(services));
  if (!fields) return undefined;
  const uri = argOption(arg, 'uri');
  const image = uri instanceof vscode.Uri ? await readImageFile(uri) : undefined;
  if (image) checkImage(image.bytes, image.fileName);
  const { client, imageError } = await withWriteProgress(vscode.l10n.t('Creating the client {0}…', fields.name), () => paymo.createClient(fields, { image }));
  services.store.upsertClient(client);
  if (imageError) showError(imageError, { action: vscode.l10n.t('Upload the logo of the new client {0}', client.name) });
  if (argOption(arg, 'fromForm') === true) return client;
  await services.tree.revealClient(client.id);
  if (!given && !imageError) void offerNextSteps(client);
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
      const error = checkClientField('name', text);
      if (error) return error;
      return taken.has(text.trim().toLocaleLowerCase())
        ? { message: vscode.l10n.t('A client with this name exists already.'), severity: vscode.InputBoxValidationSeverity.Warning }
        : undefined;
    },
  });
  return name === undefined ? undefined : { name: name.trim() };
}

async function offerNextSteps(client: Client): Promise<void> {
  const addContact = vscode.l10n.t('Add Contact');
  const edit = vscode.l10n.t('Edit Details');
  const logo = vscode.l10n.t('Upload Logo');
  const answer = await vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} was created.', client.name)), addContact, edit, logo);
  const command = answer === addContact ? 'createContact' : answer === edit ? 'editClient' : answer === logo ? 'uploadClientLogo' : undefined;
  if (command) await vscode.commands.executeCommand(`paymoContacts.${command}`, { clientId: client.id });
}
