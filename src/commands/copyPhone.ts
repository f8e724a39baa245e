// Copies a contact's phone number: the phone, else the mobile, and asks which when there are both.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { phoneNumbersOf, type PhoneNumber } from './contactFacts';
import { copyToClipboard } from './clipboard';
import { escapeIcons } from '../ui/textEscaping';
import { contactTarget } from './targets';
import { argOption } from './argOption';
import { notificationText } from '../ui/textEscaping';

/** `{ contactId, kind: 'phone' | 'mobile' }` copies that number without asking. */
export async function copyPhone(services: Services, arg: unknown): Promise<string | undefined> {
  const contact = await contactTarget(services, arg, {
    title: vscode.l10n.t('Copy Phone Number'),
    filter: (c) => phoneNumbersOf(c).length > 0,
    none: vscode.l10n.t('No contact has a phone number.'),
  });
  if (!contact) return undefined;
  const numbers = phoneNumbersOf(contact);
  if (numbers.length === 0) {
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} has no phone number.', contact.name)));
    return undefined;
  }
  const kind = argOption(arg, 'kind');
  const chosen = numbers.find((n) => n.kind === kind) ?? (numbers.length === 1 ? numbers[0] : await choose(numbers));
  return chosen && copyToClipboard(chosen.number);
}

async function choose(numbers: PhoneNumber[]): Promise<PhoneNumber | undefined> {
  const items = numbers.map((n) => ({
    label: escapeIcons(n.number),
    description: n.kind === 'phone' ? vscode.l10n.t('Phone') : vscode.l10n.t('Mobile'),
    number: n,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Copy Phone Number') });
  return picked?.number;
}
