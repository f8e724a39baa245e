// The Paymo domain objects as this product uses them. Field names are Paymo's own
// (snake_case) so that what the API sends is what the code reads, with no mapping layer.

export type PaymoId = number;

/** What clients and contacts both carry: the picture (URLs, absent or null without one) and timestamps. */
export interface PaymoRecord {
  image: string | null;
  image_thumb_large: string | null;
  image_thumb_medium: string | null;
  image_thumb_small: string | null;
  created_on: string;
  updated_on: string;
}

/** Fields a user may write on a contact (the seed's attribute table plus client_id). */
export interface ContactFields {
  client_id: PaymoId;
  name: string;
  email: string | null;
  mobile: string | null;
  phone: string | null;
  fax: string | null;
  skype: string | null;
  notes: string | null;
  position: string | null;
  is_main: boolean;
}

/** A client contact as returned by the API (`clientcontacts`): the writable fields and the read-only ones. */
export interface ClientContact extends ContactFields, PaymoRecord {
  id: PaymoId;
  access: boolean;
  /** Present when requested with `include=client`. */
  client?: Partial<Client>;
}

/** Fields a user may write on a client (`active` changes only by archiving and restoring). */
export interface ClientFields {
  name: string;
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  website: string | null;
  fiscal_information: string | null;
}

/** A client (`clients`): the tree's first level. */
export interface Client extends ClientFields, PaymoRecord {
  id: PaymoId;
  active: boolean;
  /** Present when requested with `include=clientcontacts`. */
  clientcontacts?: ClientContact[];
}

/** A Paymo session (`POST /api/sessions`): Paymo's, not to be confused with the extension's sign-in. */
export interface ServerSession {
  id: string;
  /** ISO 8601 UTC. */
  expires_on: string;
  user_id: PaymoId;
}

/** The signed-in user (`GET /api/me`). */
export interface PaymoUser {
  id: PaymoId;
  name: string;
  email: string;
  /** `Admin`, `Employee` or `Guest` (see `userRole.ts`); absent in a sign-in stored before it was kept. */
  type?: string;
}

/** The company the signed-in user belongs to (`GET /api/company`): the Paymo account's name. */
export interface PaymoCompany {
  id: PaymoId;
  name: string;
}

export const WRITABLE_CONTACT_FIELDS = [
  'client_id',
  'name',
  'email',
  'mobile',
  'phone',
  'fax',
  'skype',
  'notes',
  'position',
  'is_main',
] as const satisfies readonly (keyof ContactFields)[];

export type NewContact = Pick<ContactFields, 'client_id' | 'name'> & Partial<ContactFields>;
export type ContactPatch = Partial<ContactFields>;

export const WRITABLE_CLIENT_FIELDS = [
  'name',
  'email',
  'phone',
  'fax',
  'website',
  'address',
  'city',
  'postal_code',
  'state',
  'country',
  'fiscal_information',
] as const satisfies readonly (keyof ClientFields)[];

export type NewClient = Pick<ClientFields, 'name'> & Partial<ClientFields>;
export type ClientPatch = Partial<ClientFields>;

/** An image about to be uploaded: its bytes and the name the user chose. */
export interface ImageUpload {
  bytes: Uint8Array;
  fileName: string;
}
