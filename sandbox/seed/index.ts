import * as fs from 'node:fs';
import type { SandboxApp } from '../app';
import { adoptDemoCompany } from '../companies';
import { getMeta, setMeta, wipeData } from '../db';
import { createUsers } from '../users';
import { seedDemo } from './demo';

export type SeedName = 'demo' | 'empty';
export const SEED_NAMES: readonly SeedName[] = ['demo', 'empty'];

/** Wipes clients, contacts and their images, then fills in the named data set (users stay). */
export async function reseed(app: SandboxApp, seed: SeedName): Promise<void> {
  wipeData(app.db);
  fs.rmSync(app.assetsDir, { recursive: true, force: true });
  fs.mkdirSync(app.assetsDir, { recursive: true });
  if (seed === 'demo') {
    await seedDemo(app.db, app.assetsDir);
  }
}

/** Seeds a data folder at its first start only: a restart keeps whatever is there. */
export async function initialiseData(app: SandboxApp, seed: SeedName): Promise<void> {
  adoptDemoCompany(app.db);
  if (getMeta(app.db, 'initialised')) {
    return;
  }
  await Promise.all([createUsers(app.db), reseed(app, seed)]);
  setMeta(app.db, 'initialised', new Date().toISOString());
}
