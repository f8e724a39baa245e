// Why a form is read-only: the account's Paymo role may not add or change the kind's records (only
// admins may). The form says so in one line at its top, with the role, and whom to ask.
import * as vscode from 'vscode';
import type { AccountAuth } from '../auth/accountAuth';
import { mayChangeClients } from '../paymo';
import { roleName } from '../ui/permissionText';
import type { FormKindName } from '../webviewContract/formMessages';

/** The line the form shows above its fields, or undefined when the signed-in user may save it. */
export function readOnlyReason(auth: Pick<AccountAuth, 'user' | 'company'>, kind: FormKindName): string | undefined {
  const { user, company } = auth;
  if (!user?.type || mayChangeClients(user)) return undefined;
  const role = roleName(user.type);
  const cannot =
    kind === 'contact'
      ? vscode.l10n.t('Your Paymo role ({0}) cannot add or change contacts.', role)
      : vscode.l10n.t('Your Paymo role ({0}) cannot add or change clients.', role);
  const ask = company
    ? vscode.l10n.t('Ask an admin of {0} to make the change, or to make you an admin and then refresh.', company)
    : vscode.l10n.t('Ask an admin of your Paymo account to make the change, or to make you an admin and then refresh.');
  return `${cannot} ${ask}`;
}
