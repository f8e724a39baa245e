// The core commands: sign in and out, add an account, refresh, show the log.
import * as vscode from 'vscode';
import { namedAccount, servicesFor } from '../../accounts/accountTarget';
import type { CommandTable } from '../../accounts/commandTable';
import { withAccount } from '../../accounts/withAccount';
import type { ExtensionServices } from '../../services';
import { addAccount } from './addAccount';
import { signIn, signInToServer, type SignInArgs } from './signIn';
import { signOut } from './signOut';

export function coreCommands(services: ExtensionServices): CommandTable {
  const { log, accounts } = services;
  // Sign In signs in `accounts.first` (the account always listed); Add Account adds one beside it.
  const first = () => withAccount(services, accounts.first);
  // From an account's row (or `{ accountId }`) that account; otherwise every signed-in account.
  // The user asked: the role is asked again too (what the account may change follows Paymo).
  const refresh = async (arg: unknown, full: boolean) => {
    const named = namedAccount(services, arg);
    const chosen = named ? [named] : accounts.signedInOrFirst();
    await Promise.all(chosen.map((a) => a.loader.refresh({ full, checkRole: true })));
  };
  return {
    'paymoContacts.signIn': { action: vscode.l10n.t('Sign in to Paymo'), run: (args) => signIn(first(), args as SignInArgs | undefined) },
    'paymoContacts.signInToServer': { action: vscode.l10n.t('Sign in to Paymo'), run: () => signInToServer(first()) },
    'paymoContacts.addAccount': { action: vscode.l10n.t('Add a Paymo account'), run: (args) => addAccount(services, args as SignInArgs | undefined) },
    'paymoContacts.signOut': {
      action: vscode.l10n.t('Sign out of Paymo'),
      run: async (arg) => {
        const scoped = await servicesFor(services, arg, vscode.l10n.t('Sign Out'));
        return scoped && signOut(scoped);
      },
    },
    'paymoContacts.refresh': { action: vscode.l10n.t('Refresh'), run: (arg) => refresh(arg, false) },
    'paymoContacts.fullRefresh': { action: vscode.l10n.t('Reload everything'), run: (arg) => refresh(arg, true) },
    'paymoContacts.showLog': { action: vscode.l10n.t('Show log'), run: () => log.show() },
  };
}
