// Sign out: forgets the credentials (in every window) and the cached tree.
import * as vscode from 'vscode';
import type { Services } from '../../services';

export async function signOut(services: Services): Promise<void> {
  await services.session.signOut();
  // The cached tree is deleted as the view follows the sign-out; the command ends when that is done.
  await services.loader.whenIdle();
  void vscode.window.showInformationMessage(vscode.l10n.t('Signed out of Paymo. The saved credentials and cached data were removed.'));
}
