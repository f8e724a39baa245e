// The client's writable fields as the edit prompts show them: label, and whether it may hold line
// breaks (an address, fiscal information), which a one-line input box shows as ↵.
import * as vscode from 'vscode';
import type { ClientFields } from '../../paymo';
import { looksLikeEmail } from '../../shared/formValidation';

export type ClientField = keyof ClientFields;

export function clientFieldLabels(): Record<ClientField, string> {
  return {
    name: vscode.l10n.t('Name'),
    email: vscode.l10n.t('Email'),
    phone: vscode.l10n.t('Phone'),
    fax: vscode.l10n.t('Fax'),
    website: vscode.l10n.t('Website'),
    address: vscode.l10n.t('Address'),
    city: vscode.l10n.t('City'),
    postal_code: vscode.l10n.t('Postal code'),
    state: vscode.l10n.t('State'),
    country: vscode.l10n.t('Country'),
    fiscal_information: vscode.l10n.t('Fiscal information'),
  };
}

const LINE_BREAK_MARK = '↵';

/** The value as a one-line input box shows it: line breaks kept as ↵, so that nothing is lost. */
export function toInputText(value: string | null): string {
  return (value ?? '').replace(/\r?\n/g, LINE_BREAK_MARK);
}

/** What the user typed, as the field's new value: ↵ back to line breaks; blank clears (null). */
export function fromInputText(field: ClientField, text: string): string | null {
  const value = text
    .split(LINE_BREAK_MARK)
    .map((line) => line.trim())
    .join('\n')
    .trim();
  return value === '' && field !== 'name' ? null : value;
}

/** Live validation of one field, or undefined when it is fine. */
export function checkClientField(field: ClientField, text: string): string | undefined {
  if (field === 'name' && !text.trim()) return vscode.l10n.t('The client needs a name.');
  if (field === 'email' && text.trim() && !looksLikeEmail(text.trim())) return vscode.l10n.t('Enter an email address such as office@example.com.');
  return undefined;
}
