// Uploads a profile image. The file is checked by its bytes and size before anything is sent, so a
// renamed PDF or a truncated PNG is refused here with a message instead of failing on the server.
import * as vscode from 'vscode';
import { checkImage, PaymoInvalidInputError, type ClientContact } from '../paymo';
import type { Services } from '../services';
import { withWriteProgress } from './progress';
import { argOption, contactTarget } from './targets';

/** `{ contactId, uri }` uploads that file without the dialog. */
export async function uploadContactImage(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Upload Contact Image'),
    none: vscode.l10n.t('There are no contacts to upload an image for.'),
  });
  if (!contact) return undefined;
  const given = argOption(arg, 'uri');
  const uri = given instanceof vscode.Uri ? given : await chooseImage(contact);
  if (!uri) return undefined;
  const fileName = uri.path.split('/').pop() ?? uri.path;
  const bytes = await readImage(uri, fileName);
  checkImage(bytes, fileName);
  const updated = await withWriteProgress(vscode.l10n.t('Uploading the image of {0}…', contact.name), () =>
    services.session.client().uploadContactImage(contact.id, { bytes, fileName }),
  );
  services.store.upsertContact(updated);
  return updated;
}

async function chooseImage(contact: ClientContact): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Image for {0}', contact.name),
    openLabel: vscode.l10n.t('Upload'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Images (JPEG, PNG, GIF)')]: ['jpg', 'jpeg', 'png', 'gif'] },
  });
  return picked?.[0];
}

async function readImage(uri: vscode.Uri, fileName: string): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    // The file was chosen, then moved or deleted before it could be read.
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      throw new PaymoInvalidInputError(vscode.l10n.t('"{0}" is no longer there: it was moved or deleted. Choose the image again.', fileName), 'image');
    }
    throw error;
  }
}
