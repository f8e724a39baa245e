// Import journals hold people's data (every field, note and photo of a file): the extension deletes
// them once nothing will resume them, says so in its log, and offers to resume only the journals of
// accounts that are signed in.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ownerKey } from '../../src/auth/accountOwner';
import { ImportJournal, MAX_AGE_DAYS, type ImportPlan } from '../../src/interchange/importJournal';
import type { PaymoContactsApi } from '../../src/testApi';
import { clearRequestLog, requestLog } from '../support/sandboxControl';
import { addSecondAccount, onlyFirstAccount } from './support/accounts';
import { signedInApi, until } from './support/paymoApi';
import { suiteSandbox } from './support/sandbox';
import { paymoLog } from './support/security';

function plan(owner: string, name: string): ImportPlan {
  return {
    owner,
    clientId: 2,
    clientName: 'Acme Corporation',
    fileName: `${name}.vcf`,
    steps: [{ action: 'create', row: 1, fields: { client_id: 2, name, notes: 'private' }, knownBefore: [] }],
    skipped: [],
  };
}

describe('Import journals: deleted once nothing will resume them', () => {
  let api: PaymoContactsApi;
  const folder = () => path.join(api.globalStorageUri.fsPath, 'imports');
  const me = () => ownerKey(api.auth.owner!);

  beforeEach(async () => {
    api = await signedInApi();
  });
  afterEach(async () => {
    await onlyFirstAccount(api);
    fs.rmSync(folder(), { recursive: true, force: true });
  });

  it("signing an account out deletes its unfinished import's journal; the other account's stays", async () => {
    const second = await addSecondAccount(api);
    const mine = ImportJournal.create(folder(), plan(me(), 'Mine Unfinished'));
    const theirs = ImportJournal.create(folder(), plan(second.id!, 'Theirs Unfinished'));
    await vscode.commands.executeCommand('paymoContacts.signOut', { accountId: second.id });
    await until(() => !fs.existsSync(theirs.file), "the signed-out account's journal to be deleted");
    assert.ok(fs.existsSync(mine.file), 'the account still signed in keeps its journal');
    assert.match(paymoLog(api), /Deleted 1 unfinished import journal\(s\) of the account signed out\./);
  });

  it(`finished and ${MAX_AGE_DAYS}-day-old journals are deleted before any is offered, the log says why; another user's is never offered`, async () => {
    const finished = ImportJournal.create(folder(), plan(me(), 'All Done'));
    fs.appendFileSync(finished.file, `${JSON.stringify({ step: 0, event: 'done', contactId: 1 })}\n`);
    const old = ImportJournal.create(folder(), plan(me(), 'Long Ago'));
    const past = new Date(Date.now() - (MAX_AGE_DAYS + 1) * 24 * 60 * 60 * 1000);
    fs.utimesSync(old.file, past, past);
    const stranger = ImportJournal.create(folder(), plan('999@http://127.0.0.1:9/api/', 'Not Signed In'));
    await clearRequestLog(suiteSandbox());

    const report = await vscode.commands.executeCommand('paymoContacts.resumeImport', { journalId: stranger.id });

    assert.equal(report, undefined, 'a journal of an account that is not signed in is not resumed');
    assert.deepEqual(
      (await requestLog(suiteSandbox())).filter((r) => r.method !== 'GET'),
      [],
      'nothing was sent',
    );
    assert.ok(!fs.existsSync(finished.file) && !fs.existsSync(old.file));
    const log = paymoLog(api);
    assert.ok(log.includes(`Deleted the import journal ${path.basename(finished.file)}: every step was done.`), log);
    assert.ok(log.includes(`Deleted the import journal ${path.basename(old.file)}: it was not written for 30 days.`), log);
    assert.ok(!log.includes('Not Signed In') && !log.includes('private'), "the log names files, never people's data");
  });
});
