// The `viewItem` context values that menus' `when` clauses match with regexes (see package.json):
// `account`, `client` (+ `.archived`) and `contact` followed by one segment per fact that enables an
// action. `.canEdit` ends each when the item's account may add and change clients and contacts (its
// Paymo role, `mayChangeClients`): every write in the menus asks for it, so that an employee's or a
// guest's items offer reading only, beside an admin's items of another account.
import type { Client, ClientContact } from '../paymo';

const CAN_EDIT = 'canEdit';

export function accountContextValue(canEdit: boolean): string {
  return join('account', canEdit && CAN_EDIT);
}

export function clientContextValue(client: Client, canEdit: boolean): string {
  return join('client', !client.active && 'archived', canEdit && CAN_EDIT);
}

export function contactContextValue(contact: ClientContact, canEdit: boolean): string {
  return join(
    'contact',
    !!contact.email && 'email',
    !!(contact.phone || contact.mobile) && 'phone',
    contact.access && 'portal',
    contact.is_main && 'main',
    !!contact.image && 'image',
    canEdit && CAN_EDIT,
  );
}

function join(...segments: (string | false)[]): string {
  return segments.filter(Boolean).join('.');
}
