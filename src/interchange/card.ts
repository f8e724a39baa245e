// What a contact file holds about one person, whatever the format it came in (vCard 2.1/3.0/4.0 or
// a CSV row): the neutral shape the mapping to Paymo's fields reads. Values are decoded text
// (character sets, quoted-printable and escapes undone); nothing here knows about Paymo.

/** A phone number or email address, with its vCard TYPE values (lower case) and preference. */
export interface CardValue {
  value: string;
  /** `work`, `home`, `cell`, `fax`, `voice`, … lower case, `pref` removed (it is `pref`). */
  types: string[];
  /** 1 is the most preferred (vCard 4.0 PREF=1, or 3.0/2.1 TYPE=pref); undefined when not said. */
  pref?: number;
}

export interface CardPhoto {
  /** Embedded bytes (base64 in the file). */
  bytes?: Uint8Array;
  /** A link instead of embedded bytes. */
  uri?: string;
  /**
   * Instead of `bytes`, for an embedded photo larger than Paymo takes: its size in bytes, told from
   * the length of its base64 text, which is not decoded.
   */
  oversizeBytes?: number;
  /** `image/jpeg`, … as the file declared it, when it did. */
  mediaType?: string;
}

export interface Card {
  /** FN, or what N composes to, or '' when the card has neither. */
  name: string;
  givenName?: string;
  familyName?: string;
  organization?: string;
  title?: string;
  role?: string;
  emails: CardValue[];
  phones: CardValue[];
  /** IMPP and X-SKYPE style handles; `skype` is set when the handle is Skype's. */
  messaging: { value: string; service?: string }[];
  note?: string;
  /** Each postal address as one line of text (street, city, …, comma separated). */
  addresses: string[];
  birthday?: string;
  urls: string[];
  photo?: CardPhoto;
  uid?: string;
}

export function emptyCard(): Card {
  return { name: '', emails: [], phones: [], messaging: [], addresses: [], urls: [] };
}
