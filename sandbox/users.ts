import { randomBytes } from 'node:crypto';
import { companyNamed, DEMO_COMPANY } from './companies';
import type { Db } from './db';
import { badRequest } from './httpError';
import { hashPassword, hashSeedPassword } from './passwords';

// Two users: the demo admin everybody signs in as, and an employee (not an admin) who may read
// but not change contacts, so clients can meet Paymo's 403; both in the demo company. API keys are
// random at the first start of a data folder and then kept in its database. More users, guests
// among them, come from `POST /__sandbox/users`; what each type may do is in routes/permissions.ts.

/** Paymo's user types (`type` in `GET /api/me`). */
export const USER_TYPES = ['Admin', 'Employee', 'Guest'] as const;
export type UserType = (typeof USER_TYPES)[number];

export interface User {
  id: number;
  name: string;
  email: string;
  type: UserType;
  api_key: string;
}

export const DEMO_USER = { id: 1, name: 'Demo Admin', email: 'demo@example.com', password: 'demo-password', type: 'Admin' } as const;
export const EMPLOYEE_USER = { id: 2, name: 'Erin Employee', email: 'employee@example.com', password: 'employee-password', type: 'Employee' } as const;

export async function createUsers(db: Db): Promise<void> {
  const insert = db.prepare('INSERT OR IGNORE INTO users (id, name, email, password_hash, api_key, type, company_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const users = [DEMO_USER, EMPLOYEE_USER];
  const hashes = await Promise.all(users.map((u) => hashSeedPassword(u.password)));
  users.forEach((u, i) => insert.run(u.id, u.name, u.email, hashes[i], randomBytes(20).toString('hex'), u.type, DEMO_COMPANY.id));
}

/**
 * Adds a user (control endpoint `POST /__sandbox/users`), so that several people can sign in to one
 * sandbox side by side: a new email, a password, and a new API key; in the company named by
 * `company` (made when new), else in the demo company.
 */
export async function addUser(db: Db, spec: Record<string, unknown>): Promise<User & { password: string }> {
  const { name, email, password } = spec;
  const type = spec.type ?? 'Admin';
  if (typeof name !== 'string' || !name.trim()) throw badRequest('name must be a non-empty string', 'name');
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email)) throw badRequest('email must be an email address', 'email');
  if (typeof password !== 'string' || !password) throw badRequest('password must be a non-empty string', 'password');
  checkType(type);
  if (db.prepare('SELECT 1 FROM users WHERE email = ?').get(email)) throw badRequest(`A user with the email ${email} exists already`, 'email');
  const apiKey = randomBytes(20).toString('hex');
  const hash = await hashPassword(password);
  // One transaction: a company made for a user that then cannot be added is not kept.
  const id = db.transaction(() => {
    const insert = db.prepare('INSERT INTO users (name, email, password_hash, api_key, type, company_id) VALUES (?, ?, ?, ?, ?, ?)');
    return Number(insert.run(name, email, hash, apiKey, type, companyNamed(db, spec.company)).lastInsertRowid);
  })();
  return { id, name, email, type, api_key: apiKey, password };
}

function checkType(type: unknown): asserts type is UserType {
  if (!USER_TYPES.includes(type as UserType)) throw badRequest(`type must be one of ${USER_TYPES.join(', ')}`, 'type');
}

/**
 * Makes a user an admin, an employee or a guest (control endpoint `POST /__sandbox/users/type`), as
 * an admin does in Paymo's web app: the next request of that user is answered by the new rules.
 */
export function setUserType(db: Db, spec: Record<string, unknown>): { id: number; type: UserType } {
  const { id, type } = spec;
  checkType(type);
  if (typeof id !== 'number' || !db.prepare('UPDATE users SET type = ? WHERE id = ?').run(type, id).changes) {
    throw badRequest(`There is no user with the id ${String(id)}`, 'id');
  }
  return { id, type };
}

export function userById(db: Db, id: number): User | undefined {
  return db.prepare('SELECT id, name, email, type, api_key FROM users WHERE id = ?').get(id) as User | undefined;
}

export function userToJson(user: User): Record<string, unknown> {
  return { id: user.id, name: user.name, email: user.email, type: user.type, active: true, timezone: 'UTC' };
}
