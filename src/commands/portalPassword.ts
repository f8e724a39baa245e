// Asks for a portal password: typed twice in hidden boxes, or generated and put on the clipboard.
// The password lives only in this call's variables: never logged, stored or shown.
import * as vscode from 'vscode';
import { generatePassword, MIN_PASSWORD_LENGTH } from './passwordGenerator';

export interface PortalPassword {
  password: string;
  generated: boolean;
}

export async function askPortalPassword(contactName: string): Promise<PortalPassword | undefined> {
  const title = vscode.l10n.t('Portal Access for {0}', contactName);
  const generate = {
    label: `$(sparkle) ${vscode.l10n.t('Generate a strong password')}`,
    detail: vscode.l10n.t('It is copied to the clipboard so that you can pass it on.'),
  };
  const type = { label: `$(edit) ${vscode.l10n.t('Type a password')}` };
  const choice = await vscode.window.showQuickPick([generate, type], { title, ignoreFocusOut: true });
  if (choice === generate) return { password: generatePassword(), generated: true };
  if (choice !== type) return undefined;
  const password = await vscode.window.showInputBox({
    title,
    password: true,
    ignoreFocusOut: true,
    // The name stays in the title (plain text): an input box's prompt renders links and icons.
    prompt: vscode.l10n.t('The password this contact will use to sign in to the client portal'),
    validateInput: passwordProblem,
  });
  if (password === undefined) return undefined;
  const again = await vscode.window.showInputBox({
    title,
    password: true,
    ignoreFocusOut: true,
    prompt: vscode.l10n.t('Type the password again'),
    validateInput: (value) => (value === password ? undefined : vscode.l10n.t('The passwords do not match.')),
  });
  return again === undefined ? undefined : { password, generated: false };
}

/** Why a password cannot be used, or `undefined` when it can. */
export function passwordProblem(password: string): string | undefined {
  return password.length < MIN_PASSWORD_LENGTH ? vscode.l10n.t('Use at least {0} characters.', MIN_PASSWORD_LENGTH) : undefined;
}
