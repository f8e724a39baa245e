// What a contact offers, in one place: the quick picks, the search's action list and the commands'
// refusals all ask the same questions, and the tree's context values answer them for the menus.
import type { ClientContact } from '../paymo';

export interface PhoneNumber {
  kind: 'phone' | 'mobile';
  number: string;
}

export function emailOf(contact: ClientContact): string | undefined {
  return contact.email?.trim() || undefined;
}

/** The phone first, then the mobile: the order `copyPhone` offers them in. */
export function phoneNumbersOf(contact: ClientContact): PhoneNumber[] {
  const numbers: PhoneNumber[] = [];
  for (const kind of ['phone', 'mobile'] as const) {
    const number = contact[kind]?.trim();
    if (number) numbers.push({ kind, number });
  }
  return numbers;
}
