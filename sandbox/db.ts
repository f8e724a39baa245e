import Database from 'better-sqlite3';
import * as path from 'node:path';

export type Db = Database.Database;

// Foreign keys with ON DELETE CASCADE: deleting a client removes its contacts, as in Paymo.
// AUTOINCREMENT so that ids are never reused after a delete (a stale id must give 404).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS companies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  address TEXT, phone TEXT, email TEXT, url TEXT, country TEXT, fiscal_information TEXT,
  created_on INTEGER NOT NULL,
  updated_on INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  api_key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  company_id INTEGER REFERENCES companies(id)
);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_on INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS clients (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  address TEXT, city TEXT, state TEXT, postal_code TEXT, country TEXT,
  phone TEXT, fax TEXT, email TEXT, website TEXT, fiscal_information TEXT,
  active INTEGER NOT NULL DEFAULT 1,
  image TEXT,
  created_on INTEGER NOT NULL,
  updated_on INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS clientcontacts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  email TEXT, mobile TEXT, phone TEXT, fax TEXT, skype TEXT, notes TEXT, position TEXT,
  is_main INTEGER NOT NULL DEFAULT 0,
  access INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT,
  image TEXT,
  created_on INTEGER NOT NULL,
  updated_on INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS clientcontacts_client_id ON clientcontacts(client_id);
`;

export const DB_FILE = 'paymo-sandbox.sqlite';

export function openDatabase(dataDir: string): Db {
  const db = new Database(path.join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  addUsersCompany(db);
  return db;
}

/**
 * A data folder made before users had a company gets the column here (nullable, as SQLite adds
 * columns); `adoptDemoCompany` then puts those users in the demo company.
 */
function addUsersCompany(db: Db): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('users')").pluck().all();
  if (!columns.includes('company_id')) {
    db.exec('ALTER TABLE users ADD COLUMN company_id INTEGER REFERENCES companies(id)');
  }
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Removes every client and contact and restarts their ids at 1 (users, their companies and API keys stay). */
export function wipeData(db: Db): void {
  db.transaction(() => {
    db.exec('DELETE FROM clientcontacts; DELETE FROM clients;');
    db.prepare("DELETE FROM sqlite_sequence WHERE name IN ('clients', 'clientcontacts')").run();
  })();
}
