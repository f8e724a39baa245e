// The last loaded tree on disk (in the extension's global storage), so that the next start shows it at
// once. It holds what the API returned about clients and contacts, never credentials, and belongs to
// one user on one server: another sign-in never sees it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as v from 'valibot';
import { clientSchema, contactSchema } from '../paymo/schemas';
import type { StoreSnapshot } from './contactStore';

const FILE = 'tree-cache.json';
const VERSION = 1;

/** Whose data it is. */
export interface CacheOwner {
  baseUrl: string;
  userId: number;
}

const fileSchema = v.object({
  version: v.literal(VERSION),
  baseUrl: v.string(),
  userId: v.number(),
  loadedAt: v.string(),
  clients: v.array(clientSchema),
  contacts: v.array(contactSchema),
});

export class TreeCache {
  private readonly file: string;
  /** Writes are chained so that an older snapshot never lands after a newer one. */
  private writing: Promise<void> = Promise.resolve();

  constructor(dir: string) {
    this.file = path.join(dir, FILE);
  }

  /** The cached tree of this owner, or undefined when there is none (or it is unreadable: it is only a cache). */
  async read(owner: CacheOwner): Promise<StoreSnapshot | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch {
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined;
    }
    const parsed = v.safeParse(fileSchema, json);
    if (!parsed.success) return undefined;
    const data = parsed.output;
    if (data.baseUrl !== owner.baseUrl || data.userId !== owner.userId) return undefined;
    return { clients: data.clients, contacts: data.contacts, loadedAt: data.loadedAt };
  }

  write(owner: CacheOwner, snapshot: StoreSnapshot): Promise<void> {
    const body = JSON.stringify({ version: VERSION, ...owner, ...snapshot });
    return this.chain(async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      // Write then rename, so that a crash mid-write leaves the previous cache, not half a file.
      const temp = `${this.file}.${process.pid}.tmp`;
      await fs.writeFile(temp, body, 'utf8');
      await fs.rename(temp, this.file);
    });
  }

  delete(): Promise<void> {
    return this.chain(() => fs.rm(this.file, { force: true }));
  }

  private chain(step: () => Promise<void>): Promise<void> {
    const next = this.writing.then(step, step);
    this.writing = next.catch(() => undefined);
    return next;
  }
}
