// What the user chose to do with a card that is already in the account (or on an earlier row of the
// file): skip it, update the contact with what the card has, or create it anyway. The one
// declaration: the engine, the host and the preview page (src/webviewContract/importMessages.ts,
// as a type) all use it.

export const DUPLICATE_CHOICES = ['skip', 'update', 'create'] as const;

export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];
