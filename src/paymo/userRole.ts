// Paymo's user types (`type` in `GET /api/me`): `Admin`, `Employee` or `Guest`. Paymo's help says
// only admins add clients and contacts; what others may read is not documented, so the extension
// shows what the server answers, offers changes to admins only, and lets Paymo's 403 have the last word.
import type { PaymoUser } from './model';

/**
 * Whether the user may add, change and delete clients and contacts: an admin may. A user whose type
 * is not known yet (a sign-in stored by a version that did not keep it, until its first load learns
 * it) is offered everything, as before: the server refuses what it must.
 */
export function mayChangeClients(user: Pick<PaymoUser, 'type'> | undefined): boolean {
  return user !== undefined && (user.type === undefined || user.type === 'Admin');
}
