import { imageUrls } from './assets';
import { toIso } from './clock';

// The two Paymo object types the sandbox serves, described once: which fields exist, their
// types, which a body may write, and how a row becomes the JSON Paymo sends. Column names in
// SQL come only from these tables, never from a request.

export type FieldType = 'int' | 'text' | 'bool' | 'datetime' | 'image' | 'thumb';

export interface FieldDef {
  type: FieldType;
  /** A body may set it. Read-only fields in a body are ignored (a client may send back what it read). */
  writable: boolean;
  maxLength?: number;
}

export interface ResourceDef {
  key: 'clients' | 'clientcontacts';
  /** Singular name used in messages. */
  noun: string;
  fields: Record<string, FieldDef>;
}

const readOnly = (type: FieldType): FieldDef => ({ type, writable: false });
const text = (maxLength = 255): FieldDef => ({ type: 'text', writable: true, maxLength });
const IMAGE_FIELDS = {
  image: readOnly('image'),
  image_thumb_large: readOnly('thumb'),
  image_thumb_medium: readOnly('thumb'),
  image_thumb_small: readOnly('thumb'),
};

export const CLIENTS: ResourceDef = {
  key: 'clients',
  noun: 'client',
  fields: {
    id: readOnly('int'),
    name: text(),
    address: text(1000),
    city: text(),
    state: text(),
    postal_code: text(),
    country: text(),
    phone: text(),
    fax: text(),
    email: text(),
    website: text(),
    fiscal_information: text(5000),
    active: { type: 'bool', writable: true },
    ...IMAGE_FIELDS,
    created_on: readOnly('datetime'),
    updated_on: readOnly('datetime'),
  },
};

export const CONTACTS: ResourceDef = {
  key: 'clientcontacts',
  noun: 'client contact',
  fields: {
    id: readOnly('int'),
    client_id: { type: 'int', writable: true },
    name: text(),
    email: text(),
    mobile: text(),
    phone: text(),
    fax: text(),
    skype: text(),
    notes: text(65535),
    position: text(),
    is_main: { type: 'bool', writable: true },
    access: { type: 'bool', writable: true },
    ...IMAGE_FIELDS,
    created_on: readOnly('datetime'),
    updated_on: readOnly('datetime'),
  },
};

export type Row = Record<string, unknown>;

/** A database row as Paymo's JSON (booleans, ISO dates, absolute image URLs; never the password). */
export function toJson(resource: ResourceDef, row: Row, origin: string, only?: ReadonlySet<string>): Record<string, unknown> {
  const urls = imageUrls(origin, (row.image as string | null) ?? null);
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(resource.fields)) {
    if (only && !only.has(name)) {
      continue;
    }
    const value = row[name];
    switch (def.type) {
      case 'bool':
        out[name] = value === 1;
        break;
      case 'datetime':
        out[name] = toIso(value as number);
        break;
      case 'image':
      case 'thumb':
        out[name] = urls[name as keyof typeof urls];
        break;
      default:
        out[name] = value ?? null;
    }
  }
  return out;
}
