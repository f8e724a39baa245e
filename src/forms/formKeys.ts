// Panel identities: one panel per contact, and one create form at a time.
export const NEW_CONTACT_KEY = 'new';

export function contactKey(contactId: number): string {
  return `contact:${contactId}`;
}
