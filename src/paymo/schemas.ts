// What the API client accepts from the server, as valibot schemas. Unknown fields are dropped (Paymo sends
// more than it documents), absent or null optional text and image fields become null, and anything
// missing that the product relies on makes a `PaymoMalformedResponseError` instead of a crash later.
import * as v from 'valibot';
import { PaymoMalformedResponseError } from './errors';
import { safeParseInPlace } from './inPlaceCheck';
import type { Client, ClientContact, PaymoCompany, PaymoUser, ServerSession } from './model';

/** Text the API may leave out or send as null. */
const optionalText = v.optional(v.nullable(v.string()), null);
const id = v.pipe(v.number(), v.integer());

const imageFields = {
  image: optionalText,
  image_thumb_large: optionalText,
  image_thumb_medium: optionalText,
  image_thumb_small: optionalText,
};

const clientEntries = {
  id,
  name: v.string(),
  address: optionalText,
  city: optionalText,
  state: optionalText,
  postal_code: optionalText,
  country: optionalText,
  phone: optionalText,
  fax: optionalText,
  email: optionalText,
  website: optionalText,
  fiscal_information: optionalText,
  active: v.boolean(),
  ...imageFields,
  created_on: v.string(),
  updated_on: v.string(),
};

const contactEntries = {
  id,
  client_id: id,
  name: v.string(),
  email: optionalText,
  mobile: optionalText,
  phone: optionalText,
  fax: optionalText,
  skype: optionalText,
  notes: optionalText,
  position: optionalText,
  is_main: v.boolean(),
  access: v.boolean(),
  ...imageFields,
  created_on: v.string(),
  updated_on: v.string(),
};

/** `include=client.name` returns only some fields, so an included client is partial. */
const includedClient = v.partial(v.object(clientEntries));

export const contactSchema: v.GenericSchema<unknown, ClientContact> = v.object({
  ...contactEntries,
  client: v.optional(includedClient),
});

export const clientSchema: v.GenericSchema<unknown, Client> = v.object({
  ...clientEntries,
  clientcontacts: v.optional(v.array(contactSchema)),
});

/** A record listed with `include=id`. */
export const idSchema: v.GenericSchema<unknown, { id: number }> = v.object({ id });

export const userSchema: v.GenericSchema<unknown, PaymoUser> = v.object({
  id,
  name: v.string(),
  email: v.string(),
  type: v.optional(v.string()),
});

/** The account's company (`GET /api/company`): of Paymo's many company fields, what the product uses. */
export const companySchema: v.GenericSchema<unknown, PaymoCompany> = v.object({
  id,
  name: v.string(),
});

export const serverSessionSchema: v.GenericSchema<unknown, ServerSession> = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  expires_on: v.string(),
  user_id: id,
});

/** Paymo wraps every answer, even a single object, in an array under the resource key. */
export function envelope<T>(key: string, item: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, T[]> {
  return v.pipe(
    v.object({ [key]: v.array(item) }),
    v.transform((body) => body[key] as T[]),
  );
}

/** The one answer Paymo does not wrap in an array: a single object under the key (`{"company":{…}}`). */
export function single<T>(key: string, item: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, T> {
  return v.pipe(
    v.object({ [key]: item }),
    v.transform((body) => body[key] as T),
  );
}

/** Parses a response body as JSON and checks it against the schema. */
export function decode<T>(schema: v.GenericSchema<unknown, T>, text: string, status: number): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PaymoMalformedResponseError({ kind: 'notJson' }, status);
  }
  const result = safeParseInPlace(schema, json);
  if (!result.success) {
    const { issue } = result;
    const path = v.getDotPath(issue) ?? '(top level)';
    throw new PaymoMalformedResponseError({ kind: 'unexpectedShape', path, detail: issue.message }, status);
  }
  return result.output;
}
