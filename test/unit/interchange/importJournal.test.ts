// An import journal holds people's data (every field, note and photo of the file): it is readable by
// its owner only, and never stays longer than it can serve a resume.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportJournal, MAX_AGE_DAYS, type ImportPlan } from '../../../src/interchange/importJournal';
import { useTempFolder } from '../../support/tempFolder';

const DAY_MS = 24 * 60 * 60 * 1000;

function plan(owner: string, people: string[]): ImportPlan {
  return {
    owner,
    clientId: 2,
    clientName: 'Client 2',
    fileName: 'people.vcf',
    steps: people.map((name, i) => ({ action: 'create', row: i + 1, fields: { client_id: 2, name, notes: `${name}'s private note` }, knownBefore: [] })),
    skipped: [],
  };
}

describe('Import journals: owner-only, and gone once nothing will resume them', () => {
  const tmp = useTempFolder('journals', 'test');
  // Not made yet: creating it, owner-only, is the journal's job.
  let folder: string;
  beforeEach(() => {
    folder = path.join(tmp.path, 'imports');
  });

  const files = () => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);

  it('is written readable by its owner only, in a folder only its owner can list', () => {
    const journal = ImportJournal.create(folder, plan('1@http://127.0.0.1/api/', ['Ada Lovelace', 'Alan Turing']));
    journal.record({ step: 0, event: 'sent' });
    assert.equal(fs.statSync(journal.file).mode & 0o777, 0o600);
    assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
  });

  it('an earlier version’s world-readable folder is made owner-only by the next import', () => {
    fs.mkdirSync(folder, { recursive: true, mode: 0o755 });
    fs.chmodSync(folder, 0o755);
    ImportJournal.create(folder, plan('1@x', ['Ada Lovelace']));
    assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
  });

  it('is deleted by the answer to its last step, whether that step was done or failed', () => {
    const journal = ImportJournal.create(folder, plan('1@x', ['Ada Lovelace', 'Alan Turing']));
    journal.record({ step: 0, event: 'sent' });
    journal.record({ step: 0, event: 'done', contactId: 11 });
    assert.deepEqual(files(), [path.basename(journal.file)], 'kept while a step is left');
    journal.record({ step: 1, event: 'sent' });
    journal.record({ step: 1, event: 'failed', message: 'Email is invalid' });
    assert.deepEqual(files(), []);
    assert.equal(journal.finished, true, 'the report is still made from what it holds');
    assert.deepEqual(journal.doneContactIds(), [11]);
  });

  it('deleted while its import runs (its user signed out), it is not written back by the steps that still answer', () => {
    const journal = ImportJournal.create(folder, plan('1@x', ['Ada Lovelace', 'Alan Turing']));
    assert.equal(ImportJournal.removeOwnedBy(folder, '1@x'), 1);
    journal.record({ step: 0, event: 'sent' });
    journal.record({ step: 0, event: 'done', contactId: 11 });
    assert.deepEqual(files(), []);
    assert.equal(journal.state(0).state, 'done');
  });

  it('at start, a journal whose steps were all answered (a crash before its deletion) is deleted, never offered', () => {
    const journal = ImportJournal.create(folder, plan('1@x', ['Ada Lovelace']));
    fs.appendFileSync(journal.file, `${JSON.stringify({ step: 0, event: 'done', contactId: 11 })}\n`);
    const unfinished = ImportJournal.create(folder, plan('1@x', ['Alan Turing']));
    assert.deepEqual(
      ImportJournal.unfinished(folder).map((j) => j.id),
      [unfinished.id],
    );
    assert.deepEqual(ImportJournal.sweep(folder), [{ file: journal.file, why: 'finished' }]);
    assert.deepEqual(files(), [path.basename(unfinished.file)]);
  });

  it(`at start, a journal not written for ${MAX_AGE_DAYS} days is deleted, a younger one kept`, () => {
    const old = ImportJournal.create(folder, plan('1@x', ['Ada Lovelace']));
    const young = ImportJournal.create(folder, plan('1@x', ['Alan Turing']));
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY_MS);
    fs.utimesSync(old.file, ago(MAX_AGE_DAYS + 1), ago(MAX_AGE_DAYS + 1));
    fs.utimesSync(young.file, ago(MAX_AGE_DAYS - 1), ago(MAX_AGE_DAYS - 1));
    assert.deepEqual(ImportJournal.sweep(folder, now), [{ file: old.file, why: 'old' }]);
    assert.deepEqual(files(), [path.basename(young.file)]);
  });

  it('at start, a file that is no journal of this version is kept while young (a newer version may write it) and deleted once old', () => {
    fs.mkdirSync(folder, { recursive: true });
    const other = path.join(folder, 'from-a-newer-version.import.jsonl');
    fs.writeFileSync(other, '{"kind":"paymo-contacts-import","version":99,"steps":[]}\n');
    assert.deepEqual(ImportJournal.sweep(folder), []);
    const past = new Date(Date.now() - (MAX_AGE_DAYS + 1) * DAY_MS);
    fs.utimesSync(other, past, past);
    assert.deepEqual(ImportJournal.sweep(folder), [{ file: other, why: 'old' }]);
  });

  it("a user's sign-out deletes their journals only", () => {
    const mine = ImportJournal.create(folder, plan('1@http://a/api/', ['Ada Lovelace']));
    const theirs = ImportJournal.create(folder, plan('1@http://b/api/', ['Alan Turing']));
    assert.equal(ImportJournal.removeOwnedBy(folder, '1@http://a/api/'), 1);
    assert.ok(!fs.existsSync(mine.file));
    assert.deepEqual(
      ImportJournal.unfinished(folder).map((j) => j.id),
      [theirs.id],
    );
  });

  it('a missing folder has nothing to sweep or remove', () => {
    assert.deepEqual(ImportJournal.sweep(folder), []);
    assert.equal(ImportJournal.removeOwnedBy(folder, '1@x'), 0);
  });
});
