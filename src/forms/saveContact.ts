// One save of a contact form, as a sequence of API calls: create (fields and image in one
// multipart request) or update (check for a newer server version first, then only the changed
// fields), then portal access, then the image. The store learns every step that went through, so
// that a failure half-way leaves the tree and the form showing what the server really has.
import { PaymoNotFoundError, type ClientContact, type ImageUpload, type PaymoClient } from '../paymo';
import type { ContactStore } from '../store/contactStore';
import type { FormContact, FormValues } from '../shared/formMessages';
import { changedFields, valuesOf } from '../shared/formValues';
import { newContactOf, patchOf } from './contactPatch';

export interface SaveRequest {
  /** The contact the form is based on; null to create a new one. */
  base: FormContact | null;
  values: FormValues;
  password?: string;
  image?: ImageUpload;
}

export type SaveOutcome =
  | { kind: 'saved'; contact: ClientContact; created: boolean }
  | { kind: 'conflict'; server: ClientContact }
  | { kind: 'deleted' }
  /** `contact`: the server's contact after the steps that went through, if any did. */
  | { kind: 'failed'; error: unknown; contact?: ClientContact; imageSent: boolean };

export async function saveContact(client: PaymoClient, store: ContactStore, request: SaveRequest): Promise<SaveOutcome> {
  const progress: { contact?: ClientContact; imageSent: boolean } = { imageSent: false };
  const keep = (contact: ClientContact): ClientContact => {
    store.upsertContact(contact);
    progress.contact = contact;
    return contact;
  };
  try {
    const { base, values, password, image } = request;
    let contact: ClientContact;
    if (base) {
      const current = await client.getContact(base.id);
      // updated_on has a resolution of one second, so the fields are compared too.
      const serverChanged = changedFields(valuesOf(base), valuesOf(current));
      if (current.updated_on !== base.updated_on || serverChanged.length > 0) {
        // A save whose answer was lost already stored what the user is saving now: that is their
        // own change coming back, not someone else's, so it continues from the server's version.
        const ownWrite = serverChanged.length > 0 && changedFields(valuesOf(current), values).every((f) => !serverChanged.includes(f));
        if (!ownWrite) return { kind: 'conflict', server: current };
      }
      contact = current;
      const patch = patchOf(valuesOf(current), values);
      if (Object.keys(patch).length > 0) contact = keep(await client.updateContact(base.id, patch));
    } else {
      // Multipart text parts carry line breaks as CRLF (the form-data standard), which would store
      // notes other than typed: such a create goes as JSON, and the image follows on its own.
      const together = image !== undefined && !hasLineBreak(values);
      contact = keep((await client.createContact(newContactOf(values), together ? { image } : {})).contact);
      progress.imageSent = together;
    }
    if (values.access && (password || !contact.access)) {
      contact = keep(await client.grantPortalAccess(contact.id, password ?? ''));
    } else if (!values.access && contact.access) {
      contact = keep(await client.revokePortalAccess(contact.id));
    }
    if (image && !progress.imageSent) {
      contact = keep(await client.uploadContactImage(contact.id, image));
      progress.imageSent = true;
    }
    return { kind: 'saved', contact, created: base === null };
  } catch (error) {
    if (error instanceof PaymoNotFoundError && request.base && !progress.contact) return { kind: 'deleted' };
    return { kind: 'failed', error, ...progress };
  }
}

function hasLineBreak(values: FormValues): boolean {
  return Object.values(values).some((value) => typeof value === 'string' && /[\r\n]/.test(value));
}
