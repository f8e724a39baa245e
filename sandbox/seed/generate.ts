import { nowSeconds } from '../clock';
import type { Db } from '../db';
import { badRequest } from '../httpError';

// Bulk data for benches (POST /__sandbox/generate): plain rows in one transaction, no images.
// Added to what is there; reset with seed 'empty' first for an exact count.

export interface GenerateSpec {
  clients: number;
  contactsPerClient: number;
  /** Every Nth new client is archived (default 10; 0 for none). */
  archivedEvery?: number;
}

function count(spec: Record<string, unknown>, name: string, max: number, fallback?: number): number {
  const value = spec[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badRequest(`${name} must be an integer from 0 to ${max}`, name);
  }
  return value;
}

export function generateData(db: Db, input: GenerateSpec): { clients: number; contacts: number; ms: number } {
  const spec = input as unknown as Record<string, unknown>;
  const clients = count(spec, 'clients', 100_000);
  const perClient = count(spec, 'contactsPerClient', 1_000);
  const archivedEvery = count(spec, 'archivedEvery', 100_000, 10);
  const started = Date.now();
  // Made and last changed months ago, as most of an account's data is: a refresh right after this
  // finds nothing changed (an account whose every record changed a moment ago is no account at all).
  const DAY = 86_400;
  const past = nowSeconds() - 400 * DAY;
  const insertClient = db.prepare('INSERT INTO clients (name, city, country, email, phone, active, created_on, updated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertContact = db.prepare(
    'INSERT INTO clientcontacts (client_id, name, email, phone, position, is_main, created_on, updated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let c = 1; c <= clients; c++) {
      const tag = String(c).padStart(5, '0');
      const active = archivedEvery > 0 && c % archivedEvery === 0 ? 0 : 1;
      const clientId = Number(
        insertClient.run(
          `Bench Client ${tag}`,
          'Springfield',
          'US',
          `office@client${tag}.example`,
          `+1 555 ${tag}`,
          active,
          past + (c % 300) * DAY,
          past + (c % 300) * DAY,
        ).lastInsertRowid,
      );
      for (let k = 1; k <= perClient; k++) {
        const n = `${tag}-${String(k).padStart(3, '0')}`;
        const created = past + (c % 300) * DAY + k;
        insertContact.run(
          clientId,
          `Contact ${n}`,
          `contact${n}@client${tag}.example`,
          `+1 555 ${n}`,
          k === 1 ? 'Owner' : 'Staff',
          k === 1 ? 1 : 0,
          created,
          created + (k % 30) * DAY,
        );
      }
    }
  })();
  return { clients, contacts: clients * perClient, ms: Date.now() - started };
}
