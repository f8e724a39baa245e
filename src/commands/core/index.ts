// The core commands: sign in and out, refresh, show the log.
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerCommand } from '../../ui/commandRunner';
import { signIn, signInToServer, type SignInArgs } from './signIn';
import { signOut } from './signOut';

export function registerCoreCommands(services: Services): void {
  const { log, loader } = services;
  registerCommand(services, 'paymoContacts.signIn', (args) => signIn(services, args as SignInArgs | undefined), { action: vscode.l10n.t('Sign in to Paymo') });
  registerCommand(services, 'paymoContacts.signInToServer', () => signInToServer(services), { action: vscode.l10n.t('Sign in to Paymo') });
  registerCommand(services, 'paymoContacts.signOut', () => signOut(services), { action: vscode.l10n.t('Sign out of Paymo') });
  registerCommand(services, 'paymoContacts.refresh', () => loader.refresh(), { action: vscode.l10n.t('Refresh') });
  registerCommand(services, 'paymoContacts.fullRefresh', () => loader.refresh({ full: true }), { action: vscode.l10n.t('Reload everything') });
  registerCommand(services, 'paymoContacts.showLog', () => log.show(), { action: vscode.l10n.t('Show log') });
}
