// The last loaded tree on disk (in the extension's global storage), so that the next start shows it at
// once. It holds what the API returned about clients and contacts, never credentials, and belongs to
// one user on one server: another sign-in never sees it.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as v from 'valibot';
import { clientSchema, contactSchema, safeParseInPlace } from '../paymo';
import type { StoreSnapshot } from './accountStore';

/** The first level: small, so that a start shows the clients before reading the contacts. */
const CLIENTS_FILE = 'tree-clients.json';
/** The second level, which the whole tree needs too. */
const CONTACTS_FILE = 'tree-contacts.json';
// 3: the header says when the data was synced (a delta refresh starts there) and which records were skipped.
const VERSION = 3;

/** Whose data it is. */
export interface CacheOwner {
  baseUrl: string;
  userId: number;
}

export type CachedClients = Pick<StoreSnapshot, 'clients' | 'loadedAt'>;

// `writeId` ties the two files of one write together: a pair from different writes is no tree.
const header = {
  version: v.literal(VERSION),
  baseUrl: v.string(),
  userId: v.number(),
  loadedAt: v.string(),
  writeId: v.string(),
  syncedFrom: v.optional(v.number()),
};
const skippedSchema = v.object({ collection: v.picklist(['clients', 'clientcontacts']), id: v.optional(v.number()), reason: v.string() });
const clientsFileSchema = v.object({ ...header, clients: v.array(clientSchema), skipped: v.optional(v.array(skippedSchema), []) });
const contactsFileSchema = v.object({ ...header, contacts: v.array(contactSchema) });

export class TreeCache {
  private readonly clientsFile: string;
  private readonly contactsFile: string;
  /** Writes are chained so that an older snapshot never lands after a newer one. */
  private writing: Promise<void> = Promise.resolve();

  /** `note` hears why a cache file was not used (the next load then reads everything): for the log. */
  constructor(
    dir: string,
    private readonly note: (message: string) => void = () => {},
  ) {
    this.clientsFile = path.join(dir, CLIENTS_FILE);
    this.contactsFile = path.join(dir, CONTACTS_FILE);
  }

  /**
   * The cached tree of this owner, or undefined when there is none (or it is unreadable, or a write
   * was cut short between the two files: it is only a cache).
   */
  async read(owner: CacheOwner): Promise<StoreSnapshot | undefined> {
    const [first, second] = await Promise.all([
      readChecked(this.clientsFile, clientsFileSchema, owner, this.note),
      readChecked(this.contactsFile, contactsFileSchema, owner, this.note),
    ]);
    if (!first || !second) return undefined;
    if (first.writeId !== second.writeId) {
      this.note('The cached tree is not used: its two files are of different writes.');
      return undefined;
    }
    return { clients: first.clients, contacts: second.contacts, loadedAt: first.loadedAt, syncedFrom: first.syncedFrom, skipped: first.skipped };
  }

  /** The cached first level only (fast: no contacts to read). */
  async readClients(owner: CacheOwner): Promise<CachedClients | undefined> {
    const data = await readChecked(this.clientsFile, clientsFileSchema, owner, () => {});
    return data && { clients: data.clients, loadedAt: data.loadedAt };
  }

  write(owner: CacheOwner, snapshot: StoreSnapshot): Promise<void> {
    const head = { version: VERSION, ...owner, loadedAt: snapshot.loadedAt, writeId: randomUUID(), syncedFrom: snapshot.syncedFrom };
    const contactsBody = JSON.stringify({ ...head, contacts: snapshot.contacts });
    const clientsBody = JSON.stringify({ ...head, clients: snapshot.clients, skipped: snapshot.skipped ?? [] });
    return this.chain(async () => {
      await fs.mkdir(path.dirname(this.clientsFile), { recursive: true });
      await replaceFile(this.contactsFile, contactsBody);
      await replaceFile(this.clientsFile, clientsBody);
    });
  }

  delete(): Promise<void> {
    return this.chain(async () => {
      await fs.rm(this.clientsFile, { force: true });
      await fs.rm(this.contactsFile, { force: true });
    });
  }

  private chain(step: () => Promise<void>): Promise<void> {
    const next = this.writing.then(step, step);
    this.writing = next.catch(() => undefined);
    return next;
  }
}

/** Write then rename, so that a crash mid-write leaves the previous file, not half a file. */
async function replaceFile(file: string, body: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, body, 'utf8');
  await fs.rename(temp, file);
}

/**
 * A cache file's content when it is this version's and this owner's and has the expected shape;
 * undefined for anything else (missing, damaged, foreign): the caller then loads from the network.
 */
async function readChecked<T>(file: string, schema: v.GenericSchema<unknown, T>, owner: CacheOwner, note: (message: string) => void): Promise<T | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      note(`The cached tree is not used: ${path.basename(file)} cannot be read (${(error as Error).message}).`);
    return undefined;
  }
  const unused = (why: string) => (note(`The cached tree is not used: ${why}.`), undefined);
  // Another version or owner is not worth checking item by item.
  if (typeof json !== 'object' || json === null) return unused('it is damaged');
  const { version, baseUrl, userId } = json as Record<string, unknown>;
  if (version !== VERSION) return unused(`it was written by another version of the extension (format ${String(version)}, this one reads ${VERSION})`);
  if (baseUrl !== owner.baseUrl || userId !== owner.userId) return unused('it belongs to another account or server');
  const parsed = safeParseInPlace(schema, json);
  return parsed.success ? parsed.output : unused(`${path.basename(file)} is not in the expected shape`);
}
