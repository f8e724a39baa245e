// Importing one vCard file of many contacts (some with photos) into a client through the
// import engine the extension runs (src/interchange: preview, plan, journal, run).
// 1. Under the Paymo-like limit: rate-limit errors that reached the user, time against the minimum
//    the limit allows for the requests made, and the requests against contacts + photos.
// 2. Killed and resumed: the same file imported into a fresh client by a child process that is
//    killed (SIGKILL) once its journal holds a different number of lines each round, then resumed
//    by another until done; every round must end with exactly the file's contacts, none twice.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ImportJournal } from '../../src/interchange/importJournal';
import { chosenRows, planImport } from '../../src/interchange/importPlan';
import { previewImport } from '../../src/interchange/importPreview';
import { runImport } from '../../src/interchange/importRun';
import type { PaymoApi } from '../../src/paymo/api';
import type { ImportChildOutput } from '../children/importChild';
import { forkChild } from '../childProcess';
import { importSize, minimumSeconds } from '../config';
import type { BenchContext, Part } from '../part';
import type { Measurements } from '../rows';
import { UNLIMITED } from '../sandbox';
import { withClient } from '../subjects';

/** A 1×1 PNG, for every `photoEvery`th card. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function vcardFile(count: number, photoEvery: number, tag: string): Buffer {
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    lines.push(
      'BEGIN:VCARD',
      'VERSION:3.0',
      `FN:Bench ${tag} ${i}`,
      `EMAIL:bench.${tag}.${i}@example.com`,
      `TEL;TYPE=CELL:+1 555 ${String(i).padStart(4, '0')}`,
    );
    if (i % photoEvery === 0) lines.push(`PHOTO;ENCODING=b;TYPE=PNG:${PNG.toString('base64')}`);
    lines.push('END:VCARD');
  }
  return Buffer.from(lines.join('\r\n'));
}

/** A new client and a journal that imports `count` new people into it. */
async function prepare(api: PaymoApi, folder: string, count: number, photoEvery: number, tag: string): Promise<{ clientId: number; journal: ImportJournal }> {
  const { client } = await api.createClient({ name: `Bench import ${tag}` });
  const existing = await api.listContacts({ clientId: client.id });
  const preview = previewImport('bench.vcf', vcardFile(count, photoEvery, tag), { existing });
  const plan = planImport(chosenRows(preview, { forAll: 'skip' }), {
    owner: 'bench',
    clientId: client.id,
    clientName: client.name,
    fileName: 'bench.vcf',
    existing,
    skipReason: () => '',
  });
  return { clientId: client.id, journal: ImportJournal.create(folder, plan) };
}

function journalLines(file: string): number {
  return fs.readFileSync(file, 'utf8').split('\n').length - 2;
}

/** Runs the journal in a child killed once the journal has `killAt` event lines; then resumes in fresh children until done. */
async function killAndResume(ctx: BenchContext, journal: ImportJournal, killAt: number): Promise<number> {
  const input = { sandbox: ctx.sandbox.info, journalFile: journal.file };
  const first = forkChild<ImportChildOutput>('importChild', input);
  first.answer.catch(() => undefined);
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (journalLines(journal.file) >= killAt || first.process.exitCode !== null) {
        clearInterval(poll);
        first.process.kill('SIGKILL');
        resolve();
      }
    }, 2);
  });
  await new Promise((resolve) =>
    first.process.exitCode !== null || first.process.signalCode !== null ? resolve(undefined) : first.process.once('exit', resolve),
  );
  let resumes = 0;
  for (;;) {
    const next = forkChild<ImportChildOutput>('importChild', input);
    const out = await next.answer;
    resumes++;
    if (out.remaining === 0) return resumes;
  }
}

async function run(ctx: BenchContext) {
  const { cfg, sandbox } = ctx;
  const { contacts: count, rounds, photos, photoEvery } = importSize(cfg);
  const { limit, periodSeconds } = cfg.rateLimit;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-bench-import-'));
  try {
    return await withClient(sandbox.info, cfg.pageSize, async (api) => {
      const { clientId, journal } = await prepare(api, folder, count, photoEvery, 'limited');
      await sandbox.setRateLimit({ limit, periodSeconds });
      await sandbox.clearRequests();
      const started = performance.now();
      const report = await runImport(api, journal).finally(() => sandbox.setRateLimit(UNLIMITED));
      const seconds = (performance.now() - started) / 1000;
      const log = await sandbox.requests();
      const minimum = minimumSeconds(log.length, limit, periodSeconds);
      const imported = (await api.listContacts({ clientId })).length;
      const stoppedBy = report.stopped && 'error' in report.stopped ? String(report.stopped.error) : '';
      const results: Measurements = {
        'import.failed': { value: report.failed.length + report.remaining, note: stoppedBy || `${imported} of ${count} in the client` },
        'import.served429s': { value: log.filter((r) => r.status === 429).length, note: 'answered by the sandbox and waited out by the client' },
        'import.seconds': { value: seconds, note: `${count} contacts, ${photos} with a photo, at ${limit} per ${periodSeconds} s` },
        'import.ratio': { value: seconds / minimum, note: `minimum ${minimum} s for ${log.length} requests` },
        'import.requests': { value: log.length, note: `${count} contacts + ${photos} photos (each sent with its contact)` },
      };
      let wrong = 0;
      const notes: string[] = [];
      for (let round = 1; round <= rounds; round++) {
        const prepared = await prepare(api, folder, count, photoEvery, `resume${round}`);
        // Kill points spread over the run: after 1/(rounds+1), 2/(rounds+1), … of its journal lines, plus an odd offset so that some land between a request and its answer.
        const killAt = Math.max(1, Math.floor((round * 2 * count) / (rounds + 1)) + round);
        const resumes = await killAndResume(ctx, prepared.journal, killAt);
        const names = (await api.listContacts({ clientId: prepared.clientId })).map((c) => c.name);
        const duplicates = names.length - new Set(names).size;
        if (names.length !== count || duplicates) wrong++;
        notes.push(`killed at line ${killAt}: ${names.length} contacts, ${duplicates} twice, ${resumes} resume(s)`);
      }
      results['import.resumeWrong'] = { value: wrong, note: notes.join('; ') };
      return results;
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export const part: Part = {
  name: 'import',
  seconds: 258,
  rows: ['import.failed', 'import.served429s', 'import.seconds', 'import.ratio', 'import.requests', 'import.resumeWrong'],
  run,
};
