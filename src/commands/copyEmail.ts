// Copies a contact's email address.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { copyToClipboard } from './clipboard';
import { emailTarget } from './targets';

export async function copyEmail(services: Services, arg: unknown): Promise<string | undefined> {
  const target = await emailTarget(services, arg, vscode.l10n.t('Copy Email'));
  return target && copyToClipboard(target.email);
}
