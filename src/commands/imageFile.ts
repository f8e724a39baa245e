// Choosing and reading an image file to upload (a contact's picture, a client's logo). The bytes are
// checked by the caller before anything is sent.
import * as vscode from 'vscode';
import { PaymoInvalidInputError, type ImageUpload } from '../paymo';

/** The file given as the command's `uri` option, or the one the user picks in the open dialog. */
export async function chooseImageFile(given: unknown, title: string): Promise<vscode.Uri | undefined> {
  if (given instanceof vscode.Uri) return given;
  const picked = await vscode.window.showOpenDialog({
    title,
    openLabel: vscode.l10n.t('Upload'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Images (JPEG, PNG, GIF)')]: ['jpg', 'jpeg', 'png', 'gif'] },
  });
  return picked?.[0];
}

export async function readImageFile(uri: vscode.Uri): Promise<ImageUpload> {
  const fileName = uri.path.split('/').pop() ?? uri.path;
  try {
    return { bytes: await vscode.workspace.fs.readFile(uri), fileName };
  } catch (error) {
    // The file was chosen, then moved or deleted before it could be read.
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      throw new PaymoInvalidInputError({
        kind: 'described',
        text: vscode.l10n.t('"{0}" is no longer there: it was moved or deleted. Choose the image again.', fileName),
        field: 'image',
      });
    }
    throw error;
  }
}
