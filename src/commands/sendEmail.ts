// Starts an email to a contact in the user's mail program.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { emailTarget } from './targets';

export async function sendEmail(services: Services, arg: unknown): Promise<vscode.Uri | undefined> {
  const target = await emailTarget(services, arg, vscode.l10n.t('Send Email'));
  if (!target) return undefined;
  const uri = mailtoUri(target.email);
  return (await vscode.env.openExternal(uri)) ? uri : undefined;
}

/**
 * The address goes in as the URI's path, which percent-encodes it: a `?`, `&` or `#` in what was
 * typed as an email cannot add recipients, a subject or a body to the message.
 */
export function mailtoUri(email: string): vscode.Uri {
  return vscode.Uri.from({ scheme: 'mailto', path: email });
}
