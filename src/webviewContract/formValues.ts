// How a form's values relate to a record: its values, what was changed, and how typed changes are
// carried over onto a newer server version. Used by the webview (dirty marks) and the host (what to send).
import { isTextControl, valueFields, type FormKind } from './formKind';
import type { FieldChange, FieldValue, FormField, FormRecord, FormState, FormValues } from './formMessages';

export function valuesOf(kind: FormKind, record: FormRecord): FormValues {
  const fields = record as unknown as Record<string, unknown>;
  const values: FormValues = {};
  for (const { field, control } of valueFields(kind)) {
    const value = fields[field];
    values[field] = isTextControl(control)
      ? typeof value === 'string'
        ? value
        : ''
      : control === 'checkbox'
        ? value === true
        : typeof value === 'number'
          ? value
          : null;
  }
  return values;
}

/** An empty form; `preset` fills the pickers (a new contact's client). */
export function blankValues(kind: FormKind, preset: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const { field, control } of valueFields(kind)) {
    values[field] = isTextControl(control) ? '' : control === 'checkbox' ? false : (preset[field] ?? null);
  }
  return values;
}

/** What the form started from: the server's record, or an empty form (with the pickers as chosen). */
export function loadedValues(kind: FormKind, state: FormState): FormValues {
  return state.base ? valuesOf(kind, state.base) : blankValues(kind, state.values);
}

/**
 * Surrounding spaces are not a change (the host trims before sending), and neither are CRLF line
 * breaks: multipart uploads store them, and a textarea reads them back as LF.
 */
function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' ? normalise(a) === normalise(b) : a === b;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

export function changedFields(from: FormValues, to: FormValues): FormField[] {
  return Object.keys(to).filter((field) => !same(from[field], to[field]));
}

/**
 * Three-way merge: the fields the user changed keep the user's value, every other field takes the
 * server's, so that saving afterwards overwrites only what the user meant to change.
 */
export function rebase(loaded: FormValues, mine: FormValues, server: FormValues): FormValues {
  const merged = { ...server };
  for (const field of changedFields(loaded, mine)) merged[field] = mine[field] ?? null;
  return merged;
}

/** Field by field: what the server changed since the form loaded it, next to what the user has. */
export function serverChanges(loaded: FormValues, server: FormValues, mine: FormValues): FieldChange[] {
  return changedFields(loaded, server).map((field) => ({ field, loaded: loaded[field] ?? null, server: server[field] ?? null, mine: mine[field] ?? null }));
}
