// What the view's filter and sort read of each record, worked out once per record object: its text
// folded for matching and the time it last changed. The store replaces a record's object whenever it
// changes, so an entry never goes stale, and one goes with its record.
import type { Client, ClientContact } from '../paymo';
import { digitsOf, foldText } from './searchText';

type PaymoRecord = Client | ClientContact;

export class ViewIndex {
  private readonly texts = new WeakMap<PaymoRecord, string>();
  private readonly times = new WeakMap<PaymoRecord, number>();

  /** A contact's name, email, position and phone numbers (also as digits alone), folded, one per line. */
  contactText(contact: ClientContact): string {
    let text = this.texts.get(contact);
    if (text === undefined) {
      text = searchText(`${contact.name}\n${contact.email ?? ''}\n${contact.position ?? ''}`, [contact.phone, contact.mobile, contact.fax]);
      this.texts.set(contact, text);
    }
    return text;
  }

  /** A client's name, email and phone numbers (also as digits alone), folded, one per line. */
  clientText(client: Client): string {
    let text = this.texts.get(client);
    if (text === undefined) {
      text = searchText(`${client.name}\n${client.email ?? ''}`, [client.phone, client.fax]);
      this.texts.set(client, text);
    }
    return text;
  }

  /** When Paymo last changed the record (ms since the epoch; 0 when it does not say). */
  changedAt(record: PaymoRecord): number {
    let time = this.times.get(record);
    if (time === undefined) {
      time = Date.parse(record.updated_on) || 0;
      this.times.set(record, time);
    }
    return time;
  }
}

/** Lines, so that no word matches across two fields (a typed word never holds a line break). */
function searchText(fields: string, phones: readonly (string | null)[]): string {
  let text = fields;
  for (const phone of phones) if (phone) text += `\n${phone}\n${digitsOf(phone)}`;
  return foldText(text);
}
