import * as assert from 'node:assert/strict';
import { previewImport, type ImportPreview } from '../../../src/interchange/importPreview';
import { PreviewFailedError, previewInWorker } from '../../../src/interchange/previewInWorker';
import type { ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';
import { apple30, LABELS, outlook21 } from '../support/vcardCorpus';

/** `count` cards, every tenth a person already in the account (by email). */
function manyCards(count: number, known: readonly ClientContact[]): Buffer {
  const cards: string[] = [];
  for (let i = 1; i <= count; i++) {
    const email = i % 10 === 0 && known.length ? known[i % known.length]!.email : `worker.${i}@example.com`;
    cards.push('BEGIN:VCARD', 'VERSION:3.0', `FN:Worker Person ${i}`, `EMAIL:${email}`, 'ADR;TYPE=WORK:;;1 Main St;Springfield;;12345;US', 'END:VCARD');
  }
  return Buffer.from(cards.join('\r\n'));
}

/** Photos come back from the thread as plain Uint8Arrays, the reader's as Buffers: compared by their bytes. */
function comparable(preview: ImportPreview | undefined) {
  return preview && { ...preview, rows: preview.rows.map((r) => (r.photo ? { ...r, photo: { ...r.photo, bytes: [...r.photo.bytes] } } : r)) };
}

describe('Import preview in a worker thread: off the extension host, cancellable', () => {
  const fx = useApiSandbox();
  let existing: ClientContact[];
  beforeEach(async () => {
    existing = await fx.api().listContacts();
  });

  it('gives the same rows as reading and matching in the caller, in slices, with progress from 0 to the total', async () => {
    const bytes = Buffer.concat([manyCards(4500, existing), Buffer.from('\r\n'), outlook21(), apple30()]);
    const inCaller = previewImport('many.vcf', bytes, { existing, leftoverLabels: LABELS });
    const progress: [number, number][] = [];
    const inWorker = await previewInWorker(
      { fileName: 'many.vcf', bytes, existing, leftoverLabels: LABELS },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    assert.deepEqual(comparable(inWorker), comparable(inCaller));
    assert.deepEqual(
      comparable(previewImport('many.vcf', bytes, { existing, leftoverLabels: LABELS })),
      comparable(inCaller),
      "the caller's bytes are left as they were",
    );
    assert.equal(inWorker?.rows.length, 4502, 'more rows than one message carries');
    assert.ok(
      inWorker.rows.some((r) => r.photo),
      'photos cross the thread',
    );
    assert.deepEqual(progress[0], [0, 4502], 'the file is read');
    assert.deepEqual(progress.at(-1), [4502, 4502], 'every entry is matched');
  });

  it('handed over, moves a file that owns its buffer to the thread without a copy; a view into a larger buffer is copied', async () => {
    const file = manyCards(600, existing);
    const inCaller = previewImport('given.vcf', file, { existing, leftoverLabels: LABELS });
    const given = new Uint8Array(file);
    const moved = await previewInWorker({ fileName: 'given.vcf', bytes: given, existing, leftoverLabels: LABELS }, { handOver: true });
    assert.deepEqual(comparable(moved), comparable(inCaller));
    assert.equal(given.byteLength, 0, 'the caller no longer holds the file: it moved to the thread');

    const shared = new Uint8Array(file.byteLength + 8);
    shared.set(file, 4);
    const view = shared.subarray(4, 4 + file.byteLength);
    const copied = await previewInWorker({ fileName: 'given.vcf', bytes: view, existing, leftoverLabels: LABELS }, { handOver: true });
    assert.deepEqual(comparable(copied), comparable(inCaller));
    assert.equal(view.byteLength, file.byteLength, 'a view into a larger buffer stays whole: only the file was read, and copied');
  });

  it('cancelled while it reads, stops the thread and resolves with nothing', async () => {
    const abort = new AbortController();
    const progress: number[] = [];
    const preview = previewInWorker(
      { fileName: 'large.vcf', bytes: manyCards(100_000, existing), existing },
      { signal: abort.signal, onProgress: (done) => progress.push(done) },
    );
    setTimeout(() => abort.abort(), 100);
    assert.equal(await preview, undefined, 'resolved with nothing, once the thread has ended');
    assert.deepEqual(progress, [], 'stopped before the file was read');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(progress, [], 'and nothing comes after');
  });

  it('a signal aborted before the start starts no thread', async () => {
    const abort = new AbortController();
    abort.abort();
    let progressed = false;
    const preview = await previewInWorker(
      { fileName: 'a.vcf', bytes: manyCards(10, existing), existing },
      { signal: abort.signal, onProgress: () => (progressed = true) },
    );
    assert.equal(preview, undefined);
    assert.equal(progressed, false);
  });

  it("a failure inside the thread rejects with the thread's own words", async () => {
    // An account contact without a name cannot be compared: the worker throws while matching.
    const broken = [{ ...existing[0]!, name: undefined as unknown as string }];
    await assert.rejects(previewInWorker({ fileName: 'a.vcf', bytes: manyCards(3, existing), existing: broken }), (error: unknown) => {
      assert.ok(error instanceof PreviewFailedError);
      assert.match(error.message, /Cannot read properties of undefined/);
      return true;
    });
  });
});
