// What Paymo's permission refusals and the user's role say to the user. A 403 names what it refused
// (`PaymoForbiddenError.refused`: the kind of request and its collection), so that the message names
// the permission rather than a bare "not allowed"; a Paymo user type is named as the user reads it.
import * as vscode from 'vscode';
import type { RefusedRequest } from '../paymo';

/** "Paymo did not allow this: your role may not delete contacts." */
export function refusalText(refused: RefusedRequest | undefined): string {
  if (refused?.collection === 'clientcontacts') {
    switch (refused.operation) {
      case 'read':
        return vscode.l10n.t('Paymo did not allow this: your role may not see contacts.');
      case 'create':
        return vscode.l10n.t('Paymo did not allow this: your role may not add contacts.');
      case 'update':
        return vscode.l10n.t('Paymo did not allow this: your role may not change contacts.');
      case 'delete':
        return vscode.l10n.t('Paymo did not allow this: your role may not delete contacts.');
    }
  }
  if (refused?.collection === 'clients') {
    switch (refused.operation) {
      case 'read':
        return vscode.l10n.t('Paymo did not allow this: your role may not see clients.');
      case 'create':
        return vscode.l10n.t('Paymo did not allow this: your role may not add clients.');
      case 'update':
        return vscode.l10n.t('Paymo did not allow this: your role may not change clients.');
      case 'delete':
        return vscode.l10n.t('Paymo did not allow this: your role may not delete clients.');
    }
  }
  return vscode.l10n.t("Paymo did not allow this: your role or your company's plan does not include it.");
}

/** A Paymo user type (`Admin`, `Employee`, `Guest`) in the user's language; another type as Paymo says it. */
export function roleName(type: string): string {
  switch (type) {
    case 'Admin':
      return vscode.l10n.t('Admin');
    case 'Employee':
      return vscode.l10n.t('Employee');
    case 'Guest':
      return vscode.l10n.t('Guest');
    default:
      return type;
  }
}
