// The `viewItem` context values that menus' `when` clauses match with regexes (see package.json):
// `client` / `client.archived`, and `contact` followed by one segment per fact that enables an action.
import type { Client, ClientContact } from '../paymo';

export function clientContextValue(client: Client): string {
  return client.active ? 'client' : 'client.archived';
}

export function contactContextValue(contact: ClientContact): string {
  return [
    'contact',
    contact.email ? 'email' : undefined,
    contact.phone || contact.mobile ? 'phone' : undefined,
    contact.access ? 'portal' : undefined,
    contact.is_main ? 'main' : undefined,
    contact.image ? 'image' : undefined,
  ]
    .filter(Boolean)
    .join('.');
}
