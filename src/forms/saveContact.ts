// One save of a contact form, as a sequence of API calls: create (with its image) or update (check
// for a newer server version first, then only the changed fields), then portal access, then the
// image if the create did not take it. The store learns every step that went through, so
// that a failure half-way leaves the tree and the form showing what the server really has.
import { isDeepStrictEqual } from 'node:util';
import { PaymoNotFoundError, where, type ClientContact, type ImageUpload, type NewContact, type PaymoApi } from '../paymo';
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
  /** After a create that may have gone through: what it sent, so that the next save looks for it first. */
  uncertainCreate?: UncertainCreate;
}

export interface UncertainCreate {
  sent: NewContact;
  /** The contacts of that name known before it: the create's contact is none of these. */
  knownBefore: readonly number[];
}

export type SaveOutcome =
  | { kind: 'saved'; contact: ClientContact; created: boolean }
  | { kind: 'conflict'; server: ClientContact }
  | { kind: 'deleted' }
  /** `contact`: the server's contact after the steps that went through, if any did. */
  | { kind: 'failed'; error: unknown; contact?: ClientContact; imageSent: boolean };

export async function saveContact(api: PaymoApi, store: ContactStore, request: SaveRequest): Promise<SaveOutcome> {
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
      const current = await api.getContact(base.id);
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
      if (Object.keys(patch).length > 0) contact = keep(await api.updateContact(base.id, patch));
    } else {
      const fields = newContactOf(values);
      const earlier = request.uncertainCreate && (await earlierCreate(api, request.uncertainCreate));
      if (earlier) {
        contact = keep(earlier);
        const patch = patchOf(valuesOf(earlier), values);
        if (Object.keys(patch).length > 0) contact = keep(await api.updateContact(earlier.id, patch));
      } else {
        const created = await api.createContact(fields, image ? { image } : {});
        contact = keep(created.contact);
        // The contact exists without its image: the next save uploads the image (and does the rest).
        if (created.imageError) return { kind: 'failed', error: created.imageError, ...progress };
        progress.imageSent = image !== undefined;
      }
    }
    if (values.access && (password || !contact.access)) {
      contact = keep(await api.grantPortalAccess(contact.id, password ?? ''));
    } else if (!values.access && contact.access) {
      contact = keep(await api.revokePortalAccess(contact.id));
    }
    if (image && !progress.imageSent) {
      contact = keep(await api.uploadContactImage(contact.id, image));
      progress.imageSent = true;
    }
    return { kind: 'saved', contact, created: base === null };
  } catch (error) {
    if (error instanceof PaymoNotFoundError && request.base && !progress.contact) return { kind: 'deleted' };
    return { kind: 'failed', error, ...progress };
  }
}

/** The contact the uncertain create made, if it did: a new one with exactly the fields it sent (the newest, if several). */
async function earlierCreate(paymo: PaymoApi, { sent, knownBefore }: UncertainCreate): Promise<ClientContact | undefined> {
  const named = await paymo.listContacts({ where: where.eq('name', sent.name) });
  return named
    .filter((c) => !knownBefore.includes(c.id) && isDeepStrictEqual(identity(newContactOf(valuesOf(c))), identity(sent)))
    .sort((a, b) => b.id - a.id)[0];
}

/** What a create sent that nobody else changes on its own (another contact made main clears `is_main`). */
function identity({ is_main: _cleared, ...fields }: NewContact): Omit<NewContact, 'is_main'> {
  return fields;
}
