// Add Account: signs in to one more Paymo account (another user, another company, another server)
// beside those signed in, with the same prompts and arguments as Sign In. With a listed account
// waiting signed out, it is Sign In to that one. The same user on the same server twice is not added again.
import * as vscode from 'vscode';
import type { ExtensionServices } from '../../services';
import { withAccount } from '../../accounts/withAccount';
import { notificationText } from '../../ui/textEscaping';
import { walkthroughStepDone } from '../../ui/walkthrough';
import { signIn, type SignInArgs, type SignInResult } from './signIn';

export async function addAccount(services: ExtensionServices, args?: SignInArgs): Promise<SignInResult | undefined> {
  const list = services.accounts;
  const vacant = list.vacant();
  if (vacant) return signIn(withAccount(services, vacant), args);
  const account = list.create();
  let result: SignInResult | undefined;
  try {
    result = await signIn(withAccount(services, account), args);
  } finally {
    if (account.auth.state !== 'signedIn') list.discard(account);
  }
  if (!result) return undefined;
  const twin = list.all.find((a) => a !== account && a.auth.state === 'signedIn' && a.id === account.id);
  if (twin) {
    // Its new Paymo session is ended again; the account that was there stays as it was.
    await account.auth.signOut();
    list.discard(account);
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} is signed in already.', twin.label)));
    return result;
  }
  await list.keep(account);
  walkthroughStepDone('addedAccount');
  return result;
}
