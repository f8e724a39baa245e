// Paymo stopped accepting an account's sign-in (401): the user is told which account, and offered to
// sign in to it again (same server; an added account is added again). Other accounts are not asked.
import * as vscode from 'vscode';
import { accountLabel } from '../auth/accountLabel';
import type { AuthExpiry } from '../auth/accountAuth';
import type { AccountSlot } from '../auth/accountSlot';
import { notificationText } from '../ui/textEscaping';

export function askToSignInAgain(slot: AccountSlot, { ended }: AuthExpiry): void {
  const account = accountLabel({ userName: ended.user.name, baseUrl: ended.baseUrl, company: ended.company });
  const message =
    ended.credentials.kind === 'session'
      ? vscode.l10n.t('Your Paymo session for {0} has ended (401): it expired or was ended in Paymo. Sign in again.', account)
      : vscode.l10n.t(
          'Paymo no longer accepts the saved credentials of {0} (401): the API key may have been revoked or the password changed. Sign in again.',
          account,
        );
  const signIn = vscode.l10n.t('Sign In');
  void vscode.window.showWarningMessage(notificationText(message), signIn).then((choice) => {
    if (choice === signIn) void vscode.commands.executeCommand(slot.signInCommand, { baseUrl: ended.baseUrl });
  });
}
