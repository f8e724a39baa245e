// Writes a file the user named, on any file system VS Code reaches (this computer, a remote window's
// machine, a virtual folder), so that it appears whole or not at all: the bytes go to a temporary
// file beside it, which then replaces it. A write that fails midway (a full disk, a lost connection)
// leaves the file that was there untouched and removes the temporary one.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';

export async function writeWholeFile(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const temporary = vscode.Uri.joinPath(uri, '..', `.${path.posix.basename(uri.path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}
