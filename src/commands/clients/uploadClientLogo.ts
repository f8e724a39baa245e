// Uploads a client's logo. The file is checked by its bytes and size before anything is sent, so a
// renamed PDF is refused here with a message instead of failing on the server.
import * as vscode from 'vscode';
import { checkImage, type Client } from '../../paymo';
import type { Services } from '../../services';
import { chooseImageFile, readImageFile } from '../imageFile';
import { withWriteProgress } from '../progress';
import { argOption } from '../argOption';
import { clientTarget } from './clientTarget';

/** `{ clientId, uri }` uploads that file without the dialog. */
export async function uploadClientLogo(services: Services, arg: unknown): Promise<Client | undefined> {
  const paymo = services.auth.api();
  const client = await clientTarget(services, arg, {
    title: vscode.l10n.t('Upload Client Logo'),
    none: vscode.l10n.t('There are no clients to upload a logo for.'),
  });
  if (!client) return undefined;
  const uri = await chooseImageFile(argOption(arg, 'uri'), vscode.l10n.t('Logo for {0}', client.name));
  if (!uri) return undefined;
  const image = await readImageFile(uri);
  checkImage(image.bytes, image.fileName);
  const updated = await withWriteProgress(vscode.l10n.t('Uploading the logo of {0}…', client.name), () => paymo.uploadClientLogo(client.id, image));
  services.store.upsertClient(updated);
  return updated;
}
