// What a save sends: only the fields the user changed (an update), or only the fields filled in
// (a create). Text is trimmed; a cleared field is sent as null. Fields saved by requests of their
// own (portal access) are not sent here.
import { valueFields, type FormKind } from '../webviewContract/formKind';
import type { FormValues } from '../webviewContract/formMessages';
import { changedFields } from '../webviewContract/formValues';

/** The fields sent to create or update a record (the API's `NewContact`, `ClientPatch`, …). */
export type RecordFields = Record<string, string | number | boolean | null>;

function sentFields(kind: FormKind): Set<string> {
  return new Set(valueFields(kind).flatMap((spec) => (spec.ownRequest ? [] : [spec.field])));
}

export function patchOf(kind: FormKind, loaded: FormValues, values: FormValues): RecordFields {
  const sent = sentFields(kind);
  const patch: RecordFields = {};
  for (const field of changedFields(loaded, values)) {
    const value = values[field] ?? null;
    if (sent.has(field)) patch[field] = typeof value === 'string' ? value.trim() || null : value;
  }
  return patch;
}

/** A new record's fields: those filled in (a checkbox when on), the required ones always. */
export function newRecordOf(kind: FormKind, values: FormValues): RecordFields {
  const fields: RecordFields = {};
  for (const { field, required, ownRequest } of valueFields(kind)) {
    const value = values[field] ?? null;
    if (ownRequest) continue;
    if (required && value === null) throw new Error(`A new ${kind.name} needs its ${field}.`);
    const given = typeof value === 'string' ? value.trim() : value;
    if (required || (given !== '' && given !== false && given !== null)) fields[field] = given;
  }
  return fields;
}

/** The fields a create sends that nobody else changes on its own: how the record it made is recognised. */
export function identityFields(kind: FormKind): string[] {
  return valueFields(kind).flatMap((spec) => (spec.ownRequest || spec.volatile ? [] : [spec.field]));
}
