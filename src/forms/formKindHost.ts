// What the host's form engine needs to know of a kind of form beyond its field descriptions: its
// words, where its records live in the store, and the API calls that save one (`formKindHosts.ts`
// makes one per kind); everything else (messages, validation, drafts, conflicts, saving) is the
// engine's, once.
import type { GenericSchema } from 'valibot';
import type { ImageUpload, PaymoApi, PaymoError } from '../paymo';
import type { Services } from '../services';
import type { AccountStore } from '../store/accountStore';
import type { FormKind } from '../webviewContract/formKind';
import type { FormRecord, FormStringKey, FormValues } from '../webviewContract/formMessages';
import type { RecordFields } from './recordPatch';

/** The strings whose words differ between kinds ("New contact", "New client"). */
export type KindStringKey = Extract<
  FormStringKey,
  | 'titleNew'
  | 'sectionMain'
  | 'sectionImage'
  | 'imageChoose'
  | 'imageReplace'
  | 'imageNone'
  | 'imageLost'
  | 'create'
  | 'created'
  | 'conflictTitle'
  | 'deletedTitle'
  | 'deletedText'
  | 'saveAsNew'
>;

export interface FormKindHost {
  readonly kind: FormKind;
  readonly viewType: string;
  /** What a restored panel's `base` must look like (the API's own schema). */
  readonly recordSchema: GenericSchema<unknown, FormRecord>;
  strings(): Record<KindStringKey, string>;
  /** The tab title of a record without a name yet. */
  untitled(): string;
  /** What "Saving the … form failed" names in the log. */
  readonly logName: string;

  /** The record as the store has it now. */
  stored(store: AccountStore, id: number): FormRecord | undefined;
  keep(store: AccountStore, record: FormRecord): void;
  forget(store: AccountStore, id: number): void;
  /** The stored records of this name (a create that may have gone through made none of these). */
  named(store: AccountStore, name: string): FormRecord[];
  /** The created record, shown to the user. */
  reveal(services: Services, id: number): Promise<void>;

  get(api: PaymoApi, id: number): Promise<FormRecord>;
  /** Creates the record, with its image when given; `imageError` when the record exists but the image did not go. */
  create(api: PaymoApi, fields: RecordFields, image: ImageUpload | undefined): Promise<{ record: FormRecord; imageError?: PaymoError }>;
  update(api: PaymoApi, id: number, patch: RecordFields): Promise<FormRecord>;
  uploadImage(api: PaymoApi, id: number, image: ImageUpload): Promise<FormRecord>;
  /** The server's records of this name, to find one an uncertain create made. */
  listNamed(api: PaymoApi, name: string): Promise<FormRecord[]>;
  /** Saves what the fields do not (a contact's portal access); resolves with the record after it, or the same. */
  afterFields?(api: PaymoApi, record: FormRecord, values: FormValues, password: string | undefined): Promise<FormRecord>;
}
