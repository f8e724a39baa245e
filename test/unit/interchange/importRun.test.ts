import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ImportJournal } from '../../../src/interchange/importJournal';
import { chosenRows, planImport } from '../../../src/interchange/importPlan';
import type { DuplicateChoice } from '../../../src/interchange/duplicateChoice';
import { previewImport } from '../../../src/interchange/importPreview';
import { runImport } from '../../../src/interchange/importRun';
import type { ClientContact, PaymoApi } from '../../../src/paymo';
import { clearRequestLog, injectFault, requestLog, resetSandbox } from '../../support/sandbox';
import { useTempFolder } from '../../support/tempFolder';
import { useApiSandbox } from '../support/apiSandbox';
import { PNG } from '../support/vcardCorpus';

const CLIENT_ID = 2;

function vcards(count: number, extra: (i: number) => string[] = () => []): Buffer {
  const cards: string[] = [];
  for (let i = 1; i <= count; i++)
    cards.push('BEGIN:VCARD', 'VERSION:3.0', `FN:Imported Person ${i}`, `EMAIL:imported.${i}@example.com`, ...extra(i), 'END:VCARD');
  return Buffer.from(cards.join('\r\n'));
}

describe('Import runs: a journal first, then one request per contact, resumable without duplicates', () => {
  const fx = useApiSandbox();
  const journals = useTempFolder('import', 'test');
  let api: PaymoApi;
  beforeEach(async () => {
    await resetSandbox(fx.sb); // each test imports the same people
    api = fx.api();
  });

  async function journalFor(
    fileName: string,
    bytes: Buffer,
    forAll: DuplicateChoice = 'skip',
    perRow: Record<number, DuplicateChoice> = {},
  ): Promise<ImportJournal> {
    const existing = await api.listContacts();
    const plan = planImport(chosenRows(previewImport(fileName, bytes, { existing }), { forAll, perRow }), {
      owner: 'test',
      clientId: CLIENT_ID,
      clientName: 'Client 2',
      fileName,
      existing,
      skipReason: (row) => ('reason' in row.outcome ? row.outcome.reason : ''),
    });
    return ImportJournal.create(journals.path, plan);
  }

  const importedNames = async () =>
    (await api.listContacts({ clientId: CLIENT_ID }))
      .map((c) => c.name)
      .filter((n) => n.startsWith('Imported'))
      .sort();

  it('creates, updates and skips as chosen per row, photos become images, and the report says which was which', async () => {
    const existing = (await api.listContacts({ clientId: 1 }))[0]!;
    const file = Buffer.from(
      [
        ...['BEGIN:VCARD', 'VERSION:3.0', 'FN:Imported With Photo', `PHOTO;ENCODING=b;TYPE=PNG:${PNG.toString('base64')}`, 'END:VCARD'],
        ...['BEGIN:VCARD', 'VERSION:3.0', `FN:${existing.name}`, `EMAIL:${existing.email}`, 'TITLE:Imported Title', 'END:VCARD'],
        ...['BEGIN:VCARD', 'VERSION:3.0', 'EMAIL:no.name@example.com', 'END:VCARD'],
      ].join('\r\n'),
    );
    const journal = await journalFor('mixed.vcf', file, 'skip', { 2: 'update' });
    const seen: ClientContact[] = [];
    const report = await runImport(api, journal, { onContact: (c) => seen.push(c) });
    assert.deepEqual(
      report.created.map((e) => e.name),
      ['Imported With Photo'],
    );
    assert.deepEqual(
      report.updated.map((e) => [e.name, e.contactId]),
      [[existing.name, existing.id]],
    );
    assert.deepEqual(
      report.skipped.map((e) => [e.row, e.reason]),
      [[3, 'noName']],
    );
    assert.equal(report.failed.length, 0);
    assert.equal(report.remaining, 0);
    assert.equal(journal.finished, true);
    const created = await api.getContact(report.created[0]!.contactId!);
    assert.equal(created.client_id, CLIENT_ID);
    assert.match(String((created as { image?: unknown }).image), /^http/);
    assert.equal((await api.getContact(existing.id)).position, 'Imported Title');
    assert.deepEqual(
      seen.map((c) => c.name),
      ['Imported With Photo', existing.name],
    );
  });

  it('a create whose answer was lost is looked up, not sent again', async () => {
    const journal = await journalFor('lost.vcf', vcards(3));
    await injectFault(fx.sb, { action: 'dropAfter', method: 'POST', path: '/api/clientcontacts', count: 1 });
    await clearRequestLog(fx.sb);
    const report = await runImport(api, journal);
    assert.equal(report.created.length, 3);
    assert.deepEqual(await importedNames(), ['Imported Person 1', 'Imported Person 2', 'Imported Person 3']);
    const posts = (await requestLog(fx.sb)).filter((r) => r.method === 'POST');
    assert.equal(posts.length, 3, 'one POST per contact, the lost one included');
  });

  it('cancelled half-way, the journal is kept, and a resume from the file creates the rest exactly once', async () => {
    const journal = await journalFor('cancel.vcf', vcards(6));
    const abort = new AbortController();
    const first = await runImport(api, journal, {
      signal: abort.signal,
      onContact: (c) => {
        if (c.name === 'Imported Person 3') abort.abort();
      },
    });
    assert.deepEqual(first.stopped, { cancelled: true });
    assert.equal(first.created.length, 3);
    assert.equal(first.remaining, 3);
    assert.deepEqual(
      ImportJournal.unfinished(journals.path).map((j) => j.id),
      [journal.id],
    );
    const reopened = ImportJournal.open(journal.file)!;
    const second = await runImport(api, reopened);
    assert.equal(second.created.length, 6);
    assert.equal(second.remaining, 0);
    assert.deepEqual(
      await importedNames(),
      [1, 2, 3, 4, 5, 6].map((i) => `Imported Person ${i}`),
    );
    assert.deepEqual(ImportJournal.unfinished(journals.path), []);
  });

  it('after a crash between request and answer (the journal says sent), the resume finds the contact the request made', async () => {
    const journal = await journalFor('crash.vcf', vcards(3));
    const step = journal.plan.steps[0]!;
    assert.equal(step.action, 'create');
    journal.record({ step: 0, event: 'sent' });
    if (step.action === 'create') await api.createContact(step.fields); // the request that went through
    journal.record({ step: 1, event: 'sent' }); // and one that never reached Paymo
    fs.appendFileSync(journal.file, '{"step":2,"ev'); // the line the crash tore
    const report = await runImport(api, ImportJournal.open(journal.file)!);
    assert.equal(report.created.length, 3);
    assert.deepEqual(await importedNames(), ['Imported Person 1', 'Imported Person 2', 'Imported Person 3']);
  });

  it('a row Paymo refuses fails with its words; the others are imported', async () => {
    const journal = await journalFor('refused.vcf', vcards(3));
    await clearRequestLog(fx.sb);
    await injectFault(fx.sb, { action: 'status', status: 400, method: 'POST', path: '/api/clientcontacts', message: 'Email is not valid', count: 1 });
    const report = await runImport(api, journal);
    assert.deepEqual(
      report.failed.map((e) => [e.name, e.reason]),
      [['Imported Person 1', 'Email is not valid']],
    );
    assert.equal(report.created.length, 2);
    assert.equal(journal.finished, true);
  });

  it('stops without failing rows when Paymo cannot be reached, and resumes later', async () => {
    const journal = await journalFor('offline.vcf', vcards(2));
    await injectFault(fx.sb, { action: 'status', status: 401, message: 'Unauthorized', count: 1 });
    const first = await runImport(api, journal);
    assert.ok(first.stopped && 'error' in first.stopped);
    assert.equal(first.failed.length, 0);
    assert.equal(first.remaining, 2);
    const second = await runImport(api, ImportJournal.open(journal.file)!);
    assert.equal(second.created.length, 2);
  });
});
