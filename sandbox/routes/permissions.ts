import { HttpError } from '../httpError';
import type { ApiRequest } from '../router';

// What each of Paymo's user types may do with clients and their contacts here. Paymo's help says
// only admins add clients and contacts (and the sandbox lets only admins change or delete them).
// Employees see them: Paymo documents no more, so they read everything an admin reads. Guests are
// people outside the company (a client's staff, a supplier) who see the projects, tasks and
// invoices shared with them; Paymo's help names no client data among those and says guests are
// not assigned to a client, so the sandbox refuses them clients and contacts altogether (403), the
// strictest answer a real server may give, which a client of the API must then cope with.

/** Only admins add, change (archive, logo, image, portal access) or delete clients and contacts; other users get a 403. */
export function requireAdmin(req: ApiRequest): void {
  if (req.user.type !== 'Admin') {
    throw new HttpError(403, 'Only administrators can add, change or delete clients and contacts');
  }
}

/** Guests may not see clients or contacts (see above); admins and employees may. */
export function requireClientAccess(req: ApiRequest): void {
  if (req.user.type === 'Guest') {
    throw new HttpError(403, 'Guests do not have access to clients and their contacts');
  }
}
