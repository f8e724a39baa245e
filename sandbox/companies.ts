import { imageUrls } from './assets';
import { nowSeconds, toIso } from './clock';
import type { Db } from './db';
import { badRequest } from './httpError';

// Paymo's company: the account every user belongs to, answered by `GET /api/company`. The demo
// users share the demo company; `POST /__sandbox/users` may put a new user in another one (by
// name), so that one sandbox can serve two Paymo accounts. Only the descriptive fields are stored;
// the settings Paymo also sends are the same for every company here.

export const DEMO_COMPANY = {
  id: 1,
  name: 'Demo Agency',
  address: '12 Harbour Road, Bristol',
  phone: '+44 117 496 0000',
  email: 'demo@example.com',
  url: 'https://demo-agency.example',
  country: 'GB',
  fiscal_information: null,
} as const;

const MAX_NAME_LENGTH = 255;

interface CompanyRow {
  id: number;
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
  country: string | null;
  fiscal_information: string | null;
  created_on: number;
  updated_on: number;
}

/**
 * Makes the demo company, at every start: the demo users are created in it, and users of a data
 * folder made before companies existed join it.
 */
export function adoptDemoCompany(db: Db): void {
  const { id, name, address, phone, email, url, country, fiscal_information } = DEMO_COMPANY;
  const now = nowSeconds();
  db.prepare(
    'INSERT OR IGNORE INTO companies (id, name, address, phone, email, url, country, fiscal_information, created_on, updated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, name, address, phone, email, url, country, fiscal_information, now, now);
  db.prepare('UPDATE users SET company_id = ? WHERE company_id IS NULL').run(id);
}

/** The company of that name (the demo company when no name is given), made when there is none yet. */
export function companyNamed(db: Db, name: unknown): number {
  if (name === undefined) {
    return DEMO_COMPANY.id;
  }
  if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME_LENGTH) {
    throw badRequest(`company must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`, 'company');
  }
  const existing = db.prepare('SELECT id FROM companies WHERE name = ?').pluck().get(name) as number | undefined;
  if (existing !== undefined) {
    return existing;
  }
  const now = nowSeconds();
  return Number(db.prepare('INSERT INTO companies (name, created_on, updated_on) VALUES (?, ?, ?)').run(name, now, now).lastInsertRowid);
}

export function companyOfUser(db: Db, userId: number): CompanyRow | undefined {
  return db.prepare('SELECT c.* FROM companies c JOIN users u ON u.company_id = c.id WHERE u.id = ?').get(userId) as CompanyRow | undefined;
}

/** The company as Paymo's JSON: its fields, then the settings and counters Paymo adds. */
export function companyToJson(db: Db, row: CompanyRow, origin: string): Record<string, unknown> {
  const users = db.prepare('SELECT COUNT(*) FROM users WHERE company_id = ?').pluck().get(row.id) as number;
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    phone: row.phone,
    email: row.email,
    url: row.url,
    fiscal_information: row.fiscal_information,
    country: row.country,
    ...imageUrls(origin, null),
    active: true,
    account_type: 'commercial',
    created_on: toIso(row.created_on),
    updated_on: toIso(row.updated_on),
    timezone: 'UTC',
    default_currency: 'USD',
    date_format: 'Y-m-d',
    time_format: 'H:i',
    decimal_sep: '.',
    thousands_sep: ',',
    week_start: '1',
    language: 'en',
    max_users: null,
    current_users: users,
  };
}
