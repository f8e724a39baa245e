// Sign out of one account: forgets its credentials (in every window) and its cached tree. Other
// accounts stay signed in.
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { notificationText } from '../../ui/textEscaping';

export async function signOut(services: Services): Promise<void> {
  const { label } = services.account;
  await services.auth.signOut();
  // The cached tree is deleted as the view follows the sign-out; the command ends when that is done.
  await services.loader.whenIdle();
  const others = services.accounts.signedIn().length;
  void vscode.window.showInformationMessage(
    others && label
      ? notificationText(
          vscode.l10n.t('Signed out of {0}. Its saved credentials and cached data were removed; your other Paymo accounts stay signed in.', label),
        )
      : vscode.l10n.t('Signed out of Paymo. The saved credentials and cached data were removed.'),
  );
}
