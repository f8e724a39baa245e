// The core commands: sign in and out, add an account, refresh, show the log.
import * as vscode from 'vscode';
import { namedAccount, servicesFor } from '../../accounts/accountTarget';
import type { ExtensionServices } from '../../services';
import { withAccount } from '../../accounts/withAccount';
import { registerCommand } from '../../ui/commandRunner';
import { addAccount } from './addAccount';
import { signIn, signInToServer, type SignInArgs } from './signIn';
import { signOut } from './signOut';

export function registerCoreCommands(services: ExtensionServices): void {
  const { log, accounts } = services;
  // Sign-in is the first account's (the one always listed); Add Account adds one beside it.
  const first = () => withAccount(services, accounts.first);
  registerCommand(services, 'paymoContacts.signIn', (args) => signIn(first(), args as SignInArgs | undefined), { action: vscode.l10n.t('Sign in to Paymo') });
  registerCommand(services, 'paymoContacts.signInToServer', () => signInToServer(first()), { action: vscode.l10n.t('Sign in to Paymo') });
  registerCommand(services, 'paymoContacts.addAccount', (args) => addAccount(services, args as SignInArgs | undefined), {
    action: vscode.l10n.t('Add a Paymo account'),
  });
  registerCommand(
    services,
    'paymoContacts.signOut',
    async (arg) => {
      const scoped = await servicesFor(services, arg, vscode.l10n.t('Sign Out'));
      return scoped && signOut(scoped);
    },
    { action: vscode.l10n.t('Sign out of Paymo') },
  );
  // From an account's row (or `{ accountId }`) that account; otherwise every signed-in account.
  const refresh = async (arg: unknown, full: boolean) => {
    const named = namedAccount(services, arg);
    const chosen = named ? [named] : accounts.signedInOrFirst();
    await Promise.all(chosen.map((a) => a.loader.refresh({ full })));
  };
  registerCommand(services, 'paymoContacts.refresh', (arg) => refresh(arg, false), { action: vscode.l10n.t('Refresh') });
  registerCommand(services, 'paymoContacts.fullRefresh', (arg) => refresh(arg, true), { action: vscode.l10n.t('Reload everything') });
  registerCommand(services, 'paymoContacts.showLog', () => log.show(), { action: vscode.l10n.t('Show log') });
}
