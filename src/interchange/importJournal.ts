// The journal of one import: what it is to do, then every step as it happens, so that a cancelled
// run, a closed window or a crashed extension host can be continued without creating anyone twice.
// One file of JSON lines in the extension's storage: the first line is the plan, each later line an
// event. A line is written (and flushed to the disk) before each request and after each answer; a
// line torn by a crash is the last one and is ignored. Only append and read: never rewritten.
// A journal holds people's data (every field, note and photo of the file): it is readable by its
// owner only, and deleted as soon as every step is answered, when its user signs out, or when it has
// not been written for `MAX_AGE_DAYS`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ContactPatch, ImageMime, NewContact, PaymoId } from '../paymo';

export const JOURNAL_VERSION = 1;
const SUFFIX = '.import.jsonl';
/** A journal untouched for this long is deleted at the next start, resumed or not. */
export const MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A journal the start removed, and why (for the log). */
export interface SweptJournal {
  file: string;
  why: 'finished' | 'old' | 'unreadable';
}

export type PlannedStep =
  | {
      action: 'create';
      /** The card's 1-based position in the file, for the report. */
      row: number;
      fields: NewContact;
      photo?: { base64: string; mime: ImageMime };
      /** Contacts of the same name that existed before the import: a lost create's contact is none of these. */
      knownBefore: PaymoId[];
    }
  | { action: 'update'; row: number; contactId: PaymoId; patch: ContactPatch; name: string };

export interface ImportPlan {
  /** Whose account (`userId@baseUrl`): a journal is resumed only with the account it was made for. */
  owner: string;
  clientId: PaymoId;
  clientName: string;
  fileName: string;
  steps: PlannedStep[];
  /** Rows of the file that are not imported, with why (for the end report). */
  skipped: { row: number; name?: string; reason: string }[];
}

export type JournalEvent =
  | { step: number; event: 'sent' }
  | { step: number; event: 'done'; contactId: PaymoId; photoError?: string }
  | { step: number; event: 'failed'; message: string };

export type StepState =
  { state: 'todo' } | { state: 'uncertain' } | { state: 'done'; contactId: PaymoId; photoError?: string } | { state: 'failed'; message: string };

interface Header extends ImportPlan {
  kind: 'paymo-contacts-import';
  version: number;
  id: string;
  startedAt: string;
}

export class ImportJournal {
  private readonly states: StepState[];
  /** Deleted (here, or because its user signed out while it ran): later events are not written back. */
  private deleted = false;

  private constructor(
    readonly file: string,
    private readonly header: Header,
    events: readonly JournalEvent[],
  ) {
    this.states = header.steps.map(() => ({ state: 'todo' }));
    for (const e of events) this.apply(e);
  }

  /** Writes the plan to a new journal in `folder`. */
  static create(folder: string, plan: ImportPlan): ImportJournal {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.chmodSync(folder, 0o700); // made by an earlier version with the default mode
    const header: Header = { kind: 'paymo-contacts-import', version: JOURNAL_VERSION, id: randomUUID(), startedAt: new Date().toISOString(), ...plan };
    const file = path.join(folder, `${header.id}${SUFFIX}`);
    writeLine(file, header, 'create');
    return new ImportJournal(file, header, []);
  }

  /** The journal in `file`, or undefined when it is not one (another version, torn first line). */
  static open(file: string): ImportJournal | undefined {
    const [first, ...rest] = fs.readFileSync(file, 'utf8').split('\n');
    const header = parse(first) as Header | undefined;
    if (header?.kind !== 'paymo-contacts-import' || header.version !== JOURNAL_VERSION || !Array.isArray(header.steps)) return undefined;
    const events = rest.map(parse).filter((e): e is JournalEvent => isEvent(e, header.steps.length));
    return new ImportJournal(file, header, events);
  }

  /** The unfinished journals in `folder` (a missing folder has none), oldest first. */
  static unfinished(folder: string): ImportJournal[] {
    return journalFiles(folder)
      .map((file) => ImportJournal.open(file))
      .filter((j): j is ImportJournal => j !== undefined && !j.finished)
      .sort((a, b) => a.header.startedAt.localeCompare(b.header.startedAt));
  }

  /**
   * At start: deletes the journals nothing will resume: finished ones (a crash between the last answer
   * and the deletion), those untouched for `MAX_AGE_DAYS`, and files that are no journal of this version.
   */
  static sweep(folder: string, now = Date.now()): SweptJournal[] {
    return journalFiles(folder).flatMap((file) => {
      const journal = ImportJournal.open(file);
      const old = now - fs.statSync(file).mtimeMs > MAX_AGE_DAYS * DAY_MS;
      const why = old ? 'old' : !journal ? 'unreadable' : journal.finished ? 'finished' : undefined;
      // An unreadable file may be one a newer version is writing: it goes only once it is old.
      if (!why || (why === 'unreadable' && !old)) return [];
      fs.rmSync(file, { force: true });
      return [{ file, why }];
    });
  }

  /** Deletes the journals of one user (`owner`, as in the plan): they signed out. Returns how many. */
  static removeOwnedBy(folder: string, owner: string): number {
    const owned = journalFiles(folder).filter((file) => ImportJournal.open(file)?.plan.owner === owner);
    owned.forEach((file) => fs.rmSync(file, { force: true }));
    return owned.length;
  }

  get id(): string {
    return this.header.id;
  }

  get plan(): ImportPlan {
    return this.header;
  }

  state(step: number): StepState {
    return this.states[step]!;
  }

  /** Every step answered (done or failed): nothing is left to send. */
  get finished(): boolean {
    return this.states.every((s) => s.state === 'done' || s.state === 'failed');
  }

  /** Contacts this import made or updated so far. */
  doneContactIds(): PaymoId[] {
    return this.states.flatMap((s) => (s.state === 'done' ? [s.contactId] : []));
  }

  /** Writes the event; the answer to the last step left deletes the journal (the report is made from memory). */
  record(event: JournalEvent): void {
    if (!this.deleted) this.deleted = !writeLine(this.file, event, 'append');
    this.apply(event);
    if (this.finished) this.remove();
  }

  /** The journal is no longer needed (its import ended and was reported, or the user discarded it). */
  remove(): void {
    this.deleted = true;
    fs.rmSync(this.file, { force: true });
  }

  private apply(e: JournalEvent): void {
    if (e.event === 'sent') this.states[e.step] = { state: 'uncertain' };
    else if (e.event === 'done') this.states[e.step] = { state: 'done', contactId: e.contactId, ...(e.photoError ? { photoError: e.photoError } : {}) };
    else this.states[e.step] = { state: 'failed', message: e.message };
  }
}

const { O_APPEND, O_CREAT, O_EXCL, O_WRONLY } = fs.constants;
const FLAGS = { create: O_WRONLY | O_CREAT | O_EXCL, append: O_WRONLY | O_APPEND } as const;

/**
 * One line, on the disk before the request it announces is sent (a crash right after must find it).
 * Appending never creates the file: false when it is gone (deleted meanwhile), so that it stays gone.
 */
function writeLine(file: string, value: unknown, mode: keyof typeof FLAGS): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, FLAGS[mode], 0o600);
  } catch (error) {
    if (mode === 'append' && (error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(value)}\n`);
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** The journal files in `folder` (a missing folder has none). */
function journalFiles(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder)
      .filter((n) => n.endsWith(SUFFIX))
      .map((n) => path.join(folder, n));
  } catch {
    return [];
  }
}

function parse(line: string | undefined): unknown {
  if (!line?.trim()) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined; // the line a crash tore
  }
}

function isEvent(e: unknown, steps: number): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { step, event } = e as { step?: unknown; event?: unknown };
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 && step < steps && (event === 'sent' || event === 'done' || event === 'failed');
}
