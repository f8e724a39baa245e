// What a save sends: only the fields the user changed (an update), or only the fields filled in
// (a create). Text is trimmed; a cleared field is sent as null. Portal access is not a field here:
// it has its own requests (grant needs the password).
import type { ContactFields, ContactPatch, NewContact } from '../paymo';
import { TEXT_FIELDS, type FormValues } from '../shared/formMessages';
import { changedFields } from '../shared/formValues';

export function patchOf(loaded: FormValues, values: FormValues): ContactPatch {
  const patch: Record<string, unknown> = {};
  for (const field of changedFields(loaded, values)) {
    if (field === 'access') continue;
    const value = values[field];
    patch[field] = typeof value === 'string' ? value.trim() || null : value;
  }
  return patch as ContactPatch;
}

export function newContactOf(values: FormValues): NewContact {
  if (values.client_id === null) throw new Error('A new contact needs a client.');
  const fields: Partial<ContactFields> = {};
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim();
    if (value) fields[field] = value;
  }
  if (values.is_main) fields.is_main = true;
  return { ...fields, client_id: values.client_id, name: values.name.trim() };
}
