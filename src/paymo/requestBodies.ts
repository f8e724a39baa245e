// What the API client sends for contacts and clients: checked ids, only the writable fields given, and the multipart
// form for image uploads (undici's FormData: it writes the boundary and encoding).
import { PaymoInvalidInputError } from './errors';
import type { HttpRequest } from './http';
import { checkImage } from './image';
import { WRITABLE_CLIENT_FIELDS, WRITABLE_CONTACT_FIELDS, type ClientPatch, type ContactPatch, type ImageUpload } from './model';
import { loadUndici } from './undici';

/** Ids go into paths: only positive integers, so that nothing else can. */
export function checkId(id: number, field = 'id'): number {
  if (!Number.isSafeInteger(id) || id < 1) throw new PaymoInvalidInputError({ kind: 'notAnId', value: String(id), field });
  return id;
}

/** A contact's writable fields, only those given: an update must not reset what the user did not touch. */
export function writableFields(fields: ContactPatch): Record<string, unknown> {
  return pickDefined(fields, WRITABLE_CONTACT_FIELDS);
}

/** The same for a client. */
export function writableClientFields(fields: ClientPatch): Record<string, unknown> {
  return pickDefined(fields, WRITABLE_CLIENT_FIELDS);
}

function pickDefined<T extends object>(fields: T, names: readonly (keyof T & string)[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of names) {
    if (fields[name] !== undefined) body[name] = fields[name];
  }
  return body;
}

/** Multipart text parts would carry these as CRLF (the form-data standard). */
export function hasLineBreak(fields: Record<string, unknown>): boolean {
  return Object.values(fields).some((value) => typeof value === 'string' && /[\r\n]/.test(value));
}

/** Multipart with the `image` file and the other fields as text parts (nulls are left out: absent means empty on create). */
export function multipart(fields: Record<string, unknown>, image: ImageUpload): HttpRequest['body'] {
  const { mime } = checkImage(image.bytes, image.fileName);
  return {
    multipart: () => {
      const form = new (loadUndici().FormData)();
      for (const [name, value] of Object.entries(fields)) {
        if (value !== null) form.append(name, String(value));
      }
      // A copy, so that the Blob owns a plain ArrayBuffer whatever the caller's bytes are a view of.
      form.append('image', new Blob([new Uint8Array(image.bytes)], { type: mime }), image.fileName);
      return form;
    },
  };
}
