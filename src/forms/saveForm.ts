// One save of a form, as a sequence of API calls: create (with its image) or update (check for a
// newer server version first, then only the changed fields), then what the kind saves on its own
// (a contact's portal access), then the image if the create did not take it. The store learns
// every step that went through, so that a failure half-way leaves the tree and the form showing
// what the server really has.
import { findCreatedRecord, PaymoNotFoundError, type ImageUpload, type PaymoApi, type UncertainCreate } from '../paymo';
import type { AccountStore } from '../store/accountStore';
import type { FormRecord, FormValues } from '../webviewContract/formMessages';
import { changedFields, valuesOf } from '../webviewContract/formValues';
import type { FormKindHost } from './formKindHost';
import { identityFields, newRecordOf, patchOf } from './recordPatch';

export type { UncertainCreate };

export interface SaveRequest {
  /** The record the form is based on; null to create a new one. */
  base: FormRecord | null;
  values: FormValues;
  password?: string;
  image?: ImageUpload;
  /** After a create that may have gone through: what it sent, so that the next save looks for it first. */
  uncertainCreate?: UncertainCreate;
}

export type SaveOutcome =
  | { kind: 'saved'; record: FormRecord; created: boolean }
  | { kind: 'conflict'; server: FormRecord }
  | { kind: 'deleted' }
  /** `record`: the server's record after the steps that went through, if any did. */
  | { kind: 'failed'; error: unknown; record?: FormRecord; imageSent: boolean };

export async function saveForm(host: FormKindHost, api: PaymoApi, store: AccountStore, request: SaveRequest): Promise<SaveOutcome> {
  const { kind } = host;
  const progress: { record?: FormRecord; imageSent: boolean } = { imageSent: false };
  const keep = (record: FormRecord): FormRecord => {
    host.keep(store, record);
    progress.record = record;
    return record;
  };
  /** Sends what differs between the server's `record` and the form's values. */
  const update = async (record: FormRecord, values: FormValues): Promise<FormRecord> => {
    const patch = patchOf(kind, valuesOf(kind, record), values);
    return Object.keys(patch).length > 0 ? keep(await host.update(api, record.id, patch)) : record;
  };
  try {
    const { base, values, password, image } = request;
    let record: FormRecord;
    if (base) {
      const current = await host.get(api, base.id);
      // updated_on has a resolution of one second, so the fields are compared too.
      const serverChanged = changedFields(valuesOf(kind, base), valuesOf(kind, current));
      if (current.updated_on !== base.updated_on || serverChanged.length > 0) {
        // A save whose answer was lost already stored what the user is saving now: that is their
        // own change coming back, not someone else's, so it continues from the server's version.
        const ownWrite = serverChanged.length > 0 && changedFields(valuesOf(kind, current), values).every((f) => !serverChanged.includes(f));
        if (!ownWrite) return { kind: 'conflict', server: current };
      }
      record = await update(current, values);
    } else {
      const earlier = request.uncertainCreate && (await findCreatedRecord(request.uncertainCreate, (name) => host.listNamed(api, name), identityFields(kind)));
      if (earlier) {
        record = await update(keep(earlier), values);
      } else {
        const created = await host.create(api, newRecordOf(kind, values), image);
        record = keep(created.record);
        // The record exists without its image: the next save uploads the image (and does the rest).
        if (created.imageError) return { kind: 'failed', error: created.imageError, ...progress };
        progress.imageSent = image !== undefined;
      }
    }
    if (host.afterFields) {
      const after = await host.afterFields(api, record, values, password);
      if (after !== record) record = keep(after);
    }
    if (image && !progress.imageSent) {
      record = keep(await host.uploadImage(api, record.id, image));
      progress.imageSent = true;
    }
    return { kind: 'saved', record, created: base === null };
  } catch (error) {
    if (error instanceof PaymoNotFoundError && request.base && !progress.record) return { kind: 'deleted' };
    return { kind: 'failed', error, ...progress };
  }
}
