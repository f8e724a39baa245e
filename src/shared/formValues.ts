// How the form's values relate to a contact: what was changed, and how typed changes are carried
// over onto a newer server version. Used by the webview (dirty marks) and the host (what to send).
import { TEXT_FIELDS, type FieldChange, type FormContact, type FormField, type FormState, type FormValues, type TextField } from './formMessages';

export const FORM_FIELDS: readonly FormField[] = ['client_id', ...TEXT_FIELDS, 'is_main', 'access'];

export function valuesOf(contact: FormContact): FormValues {
  const values = blankValues(contact.client_id);
  for (const field of TEXT_FIELDS) values[field] = contact[field] ?? '';
  return { ...values, is_main: contact.is_main, access: contact.access };
}

export function blankValues(clientId: number | null): FormValues {
  const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>;
  return { ...text, client_id: clientId, is_main: false, access: false };
}

/** What the form started from: the server's contact, or an empty form (with the chosen client). */
export function loadedValues(state: FormState): FormValues {
  return state.base ? valuesOf(state.base) : blankValues(state.values.client_id);
}

/**
 * Surrounding spaces are not a change (the host trims before sending), and neither are CRLF line
 * breaks: multipart uploads store them, and a textarea reads them back as LF.
 */
function same(a: FormValues[FormField], b: FormValues[FormField]): boolean {
  return typeof a === 'string' && typeof b === 'string' ? normalise(a) === normalise(b) : a === b;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

export function changedFields(from: FormValues, to: FormValues): FormField[] {
  return FORM_FIELDS.filter((field) => !same(from[field], to[field]));
}

/**
 * Three-way merge: the fields the user changed keep the user's value, every other field takes the
 * server's, so that saving afterwards overwrites only what the user meant to change.
 */
export function rebase(loaded: FormValues, mine: FormValues, server: FormValues): FormValues {
  const merged = { ...server };
  for (const field of changedFields(loaded, mine)) (merged as Record<FormField, unknown>)[field] = mine[field];
  return merged;
}

/** Field by field: what the server changed since the form loaded it, next to what the user has. */
export function serverChanges(loaded: FormValues, server: FormValues, mine: FormValues): FieldChange[] {
  return changedFields(loaded, server).map((field) => ({ field, loaded: loaded[field], server: server[field], mine: mine[field] }));
}
