import type { ParsedBody, UploadedFile } from './bodies';
import { badRequest, unknownField } from './httpError';
import type { FieldDef, ResourceDef } from './resources';

// Turns a body into column values, one rule for every resource:
// - a field the resource does not have is `400 Unknown field or reference: <name>`;
// - read-only fields (id, created_on, updated_on, image, image_thumb_*) are ignored, so a client
//   may send back an object it read; the image changes only by a multipart upload;
// - text: a string or null; an empty string is stored as null (a cleared form field);
// - integers: a JSON integer or a string of digits; booleans: true/false, 1/0, "true"/"false".

export type ColumnValue = string | number | null;

const EMAIL = /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/;

function coerceField(name: string, def: FieldDef, value: unknown): ColumnValue {
  if (typeof value === 'object' && value !== null && 'bytes' in (value as UploadedFile)) {
    throw badRequest(`${name} must be a text field, not a file`, name);
  }
  switch (def.type) {
    case 'int':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
      throw badRequest(`${name} must be an integer`, name);
    case 'bool':
      if (value === true || value === 1 || value === 'true' || value === '1') return 1;
      if (value === false || value === 0 || value === 'false' || value === '0') return 0;
      throw badRequest(`${name} must be true or false`, name);
    default:
      if (value === null || value === '') return null;
      if (typeof value !== 'string') throw badRequest(`${name} must be a string`, name);
      if (def.maxLength !== undefined && value.length > def.maxLength) {
        throw badRequest(`${name} is too long (at most ${def.maxLength} characters)`, name);
      }
      return value;
  }
}

/**
 * The writable values in a body, keyed by column. `extra` names fields a route handles itself
 * (e.g. a contact's write-only `password`); they are left out and not refused.
 */
export function readFields(resource: ResourceDef, body: ParsedBody, extra: readonly string[] = []): Record<string, ColumnValue> {
  const values: Record<string, ColumnValue> = {};
  for (const [name, value] of Object.entries(body.fields)) {
    const def = resource.fields[name];
    if (extra.includes(name)) {
      continue;
    }
    if (!def) {
      throw unknownField(name);
    }
    if (def.writable) {
      values[name] = coerceField(name, def, value);
    }
  }
  return values;
}

/** The checks every resource shares: a name, and a well-formed email when there is one. */
export function checkCommonFields(values: Record<string, ColumnValue>, creating: boolean): void {
  if ((creating || 'name' in values) && (typeof values.name !== 'string' || !values.name.trim())) {
    throw badRequest('name is required', 'name');
  }
  if (typeof values.email === 'string' && !EMAIL.test(values.email)) {
    throw badRequest('Invalid email address', 'email');
  }
}
