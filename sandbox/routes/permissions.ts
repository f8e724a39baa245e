import { HttpError } from '../httpError';
import type { ApiRequest } from '../router';

/** Paymo lets only admins add or change clients and contacts; other users get a 403. */
export function requireAdmin(req: ApiRequest): void {
  if (req.user.type !== 'Admin') {
    throw new HttpError(403, 'Only administrators can add, change or delete clients and contacts');
  }
}
