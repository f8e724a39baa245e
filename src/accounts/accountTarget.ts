// Which account a command acts on: the one its tree item belongs to, the one named by `{ accountId }`
// (`userId@baseUrl`, as keybindings and tests pass it), the only one signed in, or, with several and
// nothing to go by, the one the user picks. `undefined` when the user cancelled the pick.
import * as vscode from 'vscode';
import { isObject } from '../webviewContract/isObject';
import type { ExtensionServices, Services } from '../services';
import { withAccount } from './withAccount';
import type { Account } from './account';

export async function accountTarget(services: ExtensionServices, arg: unknown, title?: string): Promise<Account | undefined> {
  const named = namedAccount(services, arg);
  if (named) return named;
  const candidates = services.accounts.signedInOrFirst();
  return candidates.length === 1 ? candidates[0] : pickAccount(candidates, title);
}

/**
 * The account `arg` names: its item's (`arg.account`) or `{ accountId }`; `undefined` when it names
 * none. Naming one that is not signed in (any more) is an error, never a fall-through to another.
 */
export function namedAccount(services: ExtensionServices, arg: unknown): Account | undefined {
  if (!isObject(arg)) return undefined;
  const list = services.accounts;
  const own = arg.account;
  if (own !== undefined) {
    const known = list.all.find((a) => a === own);
    if (!known) throw new Error(vscode.l10n.t('This Paymo account is no longer signed in.'));
    return known;
  }
  if (typeof arg.accountId !== 'string') return undefined;
  const byId = list.byId(arg.accountId);
  if (!byId) throw new Error(vscode.l10n.t('The Paymo account {0} is not signed in.', arg.accountId));
  return byId;
}

/** The services of the account a command acts on (see `accountTarget`); `undefined` when the user cancelled. */
export async function servicesFor(services: ExtensionServices, arg: unknown, title?: string): Promise<Services | undefined> {
  const account = await accountTarget(services, arg, title);
  return account && withAccount(services, account);
}

export async function pickAccount(accounts: readonly Account[], title?: string): Promise<Account | undefined> {
  const items = accounts.map((account) => ({ label: account.label, description: account.auth.user?.email, account }));
  const picked = await vscode.window.showQuickPick(items, {
    title: title ?? vscode.l10n.t('Paymo Account'),
    placeHolder: vscode.l10n.t('Which Paymo account?'),
  });
  return picked?.account;
}
