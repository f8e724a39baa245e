// Uploads a profile image. The file is checked by its bytes and size before anything is sent, so a
// renamed PDF or a truncated PNG is refused here with a message instead of failing on the server.
import * as vscode from 'vscode';
import { checkImage, type ClientContact } from '../paymo';
import type { Services } from '../services';
import { chooseImageFile, readImageFile } from './imageFile';
import { withWriteProgress } from './progress';
import { contactTarget } from './targets';
import { argOption } from './argOption';

/** `{ contactId, uri }` uploads that file without the dialog. */
export async function uploadContactImage(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Upload Contact Image'),
    none: vscode.l10n.t('There are no contacts to upload an image for.'),
  });
  if (!contact) return undefined;
  const uri = await chooseImageFile(argOption(arg, 'uri'), vscode.l10n.t('Image for {0}', contact.name));
  if (!uri) return undefined;
  const image = await readImageFile(uri);
  checkImage(image.bytes, image.fileName);
  const updated = await withWriteProgress(vscode.l10n.t('Uploading the image of {0}…', contact.name), () =>
    services.auth.api().uploadContactImage(contact.id, image),
  );
  services.store.upsertContact(updated);
  return updated;
}
