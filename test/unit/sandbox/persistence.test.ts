import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../../sandbox/db';
import { startSandbox } from '../../../sandbox/server';
import { useTempFolder } from '../../support/tempFolder';
import { basicAuth, generateData, resetSandbox, withSandbox } from '../../support/sandbox';
import { call, contacts, type Contact } from '../support/sandboxHttp';

describe('sandbox: data folder, reset and bulk data', () => {
  const data = useTempFolder('sandbox-test', 'test');

  it('keeps data, images and the API key across a restart on the same folder, and seeds only an empty one', async () => {
    const first = await startSandbox({ port: 0, dataDir: data.path, seed: 'demo' });
    const created = await call<{ clientcontacts: Contact[] }>(first, 'POST', 'clientcontacts', { body: { name: 'Survivor', client_id: 3 } });
    await call(first, 'DELETE', 'clientcontacts/2');
    const apiKey = first.apiKey;
    await first.close();

    const second = await startSandbox({ port: 0, dataDir: data.path, seed: 'empty' });
    try {
      assert.equal(second.apiKey, apiKey);
      const survivor = await contacts(second, `where=id=${created.json.clientcontacts[0]!.id}`);
      assert.equal(survivor[0]!.name, 'Survivor');
      assert.equal((await call(second, 'GET', 'clientcontacts/2')).status, 404);
      const [aaron] = await contacts(second, 'where=id=1');
      assert.ok((aaron!.image as string).startsWith(second.origin), 'image URLs use the new port');
      assert.equal((await fetch(aaron!.image_thumb_small as string)).status, 200);
    } finally {
      await second.close();
    }
  });

  it('puts the users of a folder made before users had a company in the demo company, and keeps their keys', async () => {
    // The users table as it was, with the demo users, in a folder already seeded.
    const old = new Database(path.join(data.path, DB_FILE));
    old.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL, api_key TEXT NOT NULL UNIQUE, type TEXT NOT NULL);
      INSERT INTO meta VALUES ('initialised', '2026-01-01T00:00:00.000Z');
      INSERT INTO users VALUES (1, 'Demo Admin', 'demo@example.com', 'x', 'old-admin-key', 'Admin');
      INSERT INTO users VALUES (2, 'Erin Employee', 'employee@example.com', 'x', 'old-employee-key', 'Employee');
    `);
    old.close();
    const sb = await startSandbox({ port: 0, dataDir: data.path });
    try {
      assert.equal(sb.apiKey, 'old-admin-key');
      for (const key of ['old-admin-key', 'old-employee-key']) {
        const answer = await call<{ company: { name: string } }>(sb, 'GET', 'company', { auth: basicAuth(key, 'X') });
        assert.deepEqual([answer.status, answer.json.company.name], [200, 'Demo Agency']);
      }
    } finally {
      await sb.close();
    }
  });

  it('removes its temporary folder on close when started without one', async () => {
    const sb = await startSandbox({ port: 0, seed: 'empty' });
    assert.ok(fs.existsSync(sb.dataDir));
    await sb.close();
    assert.equal(fs.existsSync(sb.dataDir), false);
  });

  it('resets to the demo or empty data and keeps the API key', async () => {
    await withSandbox(async (sb) => {
      await call(sb, 'POST', 'clientcontacts/1', { body: { name: 'Changed' } });
      await resetSandbox(sb, 'demo');
      assert.equal((await contacts(sb, 'where=id=1'))[0]!.name, 'Aaron Cooper');
      await resetSandbox(sb, 'empty');
      assert.deepEqual(await contacts(sb, ''), []);
      assert.equal((await call(sb, 'GET', 'me')).status, 200, 'the API key still works');
    });
  });

  it('generates 1,000 clients with 10,000 contacts in a few seconds', async () => {
    await withSandbox(
      async (sb) => {
        const started = Date.now();
        const result = await generateData(sb, { clients: 1000, contactsPerClient: 10, archivedEvery: 10 });
        const elapsed = Date.now() - started;
        assert.deepEqual([result.clients, result.contacts], [1000, 10000]);
        assert.ok(elapsed < 5000, `took ${elapsed} ms`);
        const page = await contacts(sb, 'page=99&page_size=100');
        assert.equal(page.length, 100);
        const archived = await call<{ clients: unknown[] }>(sb, 'GET', 'clients?where=active=false');
        assert.equal(archived.json.clients.length, 100);
      },
      { seed: 'empty' },
    );
  });

  it('returns included child lists empty above 2,500 children, as Paymo does', async () => {
    await withSandbox(
      async (sb) => {
        await generateData(sb, { clients: 300, contactsPerClient: 10 });
        const all = await call<{ clients: { clientcontacts: unknown[] }[] }>(sb, 'GET', 'clients?include=clientcontacts');
        assert.ok(all.json.clients.every((c) => c.clientcontacts.length === 0));
        const few = await call<{ clients: { clientcontacts: unknown[] }[] }>(sb, 'GET', 'clients?include=clientcontacts&page=0&page_size=10');
        assert.ok(few.json.clients.every((c) => c.clientcontacts.length === 10));
      },
      { seed: 'empty' },
    );
  });
});
