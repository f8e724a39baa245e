// The preview is read and matched once, and every duplicate choice is read off that one result. These
// tests hold it to what the import did before, when it read the file again for each choice
// (bench/baselines/perChoicePreview.ts keeps that code): the same rows and the same plan, for every
// choice, with and without the leftovers kept, for all rows and per row.
import * as assert from 'node:assert/strict';
import { perChoicePreview } from '../../../bench/baselines/perChoicePreview';
import { DUPLICATE_CHOICES, type DuplicateChoice } from '../../../src/interchange/duplicateChoice';
import { chosenRows, planImport } from '../../../src/interchange/importPlan';
import { previewImport, type PreviewRow } from '../../../src/interchange/importPreview';
import type { ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';
import * as corpus from '../support/vcardCorpus';

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'];

/** Every way a row can be a duplicate: of the account by email or by name, of an earlier row, both, or neither; with and without leftovers. */
function duplicatesFile(): Buffer {
  return Buffer.from(
    [
      ...card('FN:Aaron C.', 'EMAIL:AARON.COOPER@ACME.EXAMPLE', 'TITLE:Partner', 'ADR;TYPE=WORK:;;1 Main St;Springfield;;;', 'EMAIL:second@acme.example'),
      ...card('FN:Aaron Cooper', 'EMAIL:aaron.cooper@acme.example'),
      ...card("FN:siobhán  o'brien", 'NOTE:Met at the fair', 'BDAY:1980-01-02'),
      ...card('FN:New In File', 'EMAIL:new.in.file@example.com'),
      ...card('FN:Someone Else', 'EMAIL:NEW.IN.FILE@example.com', 'URL:https://else.example'),
      ...card('FN:New In File'),
      ...card('FN:No Email Twice'),
      ...card('FN:no  email TWICE', 'ORG:Twice Inc'),
      ...card('EMAIL:nameless@example.com'),
      ...card('FN:Broken', 'no colon here'),
      ...card('FN:Aaron Cooper', 'TEL;TYPE=CELL:+1 555 0199'),
      ...card('FN:Helpdesk 24/7 (100% uptime)', 'EMAIL:helpdesk@acme.example', 'NOTE:Shared support mailbox\\, answered around the clock.'),
      ...card('FN:With Photo', `PHOTO;ENCODING=b;TYPE=PNG:${corpus.PNG.toString('base64')}`),
    ].join('\r\n'),
  );
}

const FILES: [string, () => Buffer][] = [
  ['duplicates.vcf', duplicatesFile],
  ['outlook.vcf', corpus.outlook21],
  ['gmail.vcf', corpus.gmail30],
  ['apple.vcf', corpus.apple30],
  ['android.vcf', corpus.android21],
  ['thunderbird.vcf', corpus.thunderbird40],
  ['notes.vcf', corpus.lotusNotes],
  ['broken.vcf', corpus.withBrokenCard],
  ['google.csv', () => Buffer.from(corpus.googleCsv())],
  ['outlook.csv', () => Buffer.from(corpus.outlookCsv())],
  ['thunderbird.csv', () => Buffer.from(corpus.thunderbirdCsv())],
  ['apple.csv', () => Buffer.from(corpus.appleCsv())],
];

describe('Import preview: read once, every choice from the one result', () => {
  const fx = useApiSandbox();
  let existing: ClientContact[];
  beforeEach(async () => {
    existing = await fx.api().listContacts();
  });

  const planOf = (rows: PreviewRow[], fileName: string) =>
    planImport(rows, { owner: 'test', clientId: 5, clientName: 'Client 5', fileName, existing, skipReason: (row) => JSON.stringify(row.outcome) });

  for (const [fileName, bytes] of FILES) {
    it(`${fileName}: every choice, with and without the leftovers, as the per-choice preview made it, and the same plan`, () => {
      const once = previewImport(fileName, bytes(), { existing, leftoverLabels: corpus.LABELS });
      for (const forAll of DUPLICATE_CHOICES) {
        for (const keepLeftovers of [false, true]) {
          const rows = chosenRows(once, { forAll, keepLeftovers });
          const before = perChoicePreview(fileName, bytes(), { existing, onDuplicate: forAll, ...(keepLeftovers ? { keepLeftovers: corpus.LABELS } : {}) });
          assert.deepEqual(rows, before, `${forAll}${keepLeftovers ? ', keeping the leftovers' : ''}`);
          assert.deepEqual(planOf(rows, fileName), planOf(before, fileName));
        }
      }
    });
  }

  it('a choice per row takes that row as its choice made it, the others as the choice for all', () => {
    const once = previewImport('duplicates.vcf', duplicatesFile(), { existing, leftoverLabels: corpus.LABELS });
    const perRow: Record<number, DuplicateChoice> = { 1: 'update', 2: 'create', 3: 'update', 11: 'create' };
    for (const keepLeftovers of [false, true]) {
      const byChoice = Object.fromEntries(
        DUPLICATE_CHOICES.map((c) => [
          c,
          perChoicePreview('duplicates.vcf', duplicatesFile(), { existing, onDuplicate: c, ...(keepLeftovers ? { keepLeftovers: corpus.LABELS } : {}) }),
        ]),
      ) as Record<DuplicateChoice, PreviewRow[]>;
      const expected = byChoice.skip.map((row, i) => byChoice[perRow[row.index] ?? 'skip'][i]!);
      assert.deepEqual(chosenRows(once, { forAll: 'skip', perRow, keepLeftovers }), expected);
    }
    // What the file holds, as each choice reads it: an update of Aaron by email, the second Aaron card unchanged, Siobhán by name.
    const update = chosenRows(once, { forAll: 'update' });
    assert.deepEqual(
      update.map((r) => [r.index, r.outcome.action, 'reason' in r.outcome ? r.outcome.reason : null]),
      [
        [1, 'update', null],
        [2, 'skip', 'unchanged'],
        [3, 'update', null],
        [4, 'create', null],
        [5, 'skip', 'duplicateInFile'],
        [6, 'skip', 'duplicateInFile'],
        [7, 'create', null],
        [8, 'skip', 'duplicateInFile'],
        [9, 'skip', 'noName'],
        [10, 'skip', 'brokenLine'],
        [11, 'update', null],
        [12, 'skip', 'unchanged'],
        [13, 'create', null],
      ],
    );
  });

  it('20,000 cards of one name, created anyway: every card created, each matched to the account contact of that name', () => {
    const name = existing.find((c) => c.email === null)?.name ?? existing[0]!.name;
    const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, i) => card(`FN:${name}`, `TEL:+1 555 ${i}`).join('\r\n')).join('\r\n'));
    const rows = chosenRows(previewImport('one name.vcf', bytes, { existing }), { forAll: 'create' });
    assert.equal(rows.filter((r) => r.outcome.action === 'create').length, 20_000);
    const ids = existing.filter((c) => c.name === name).map((c) => c.id);
    assert.ok(rows.every((r) => r.duplicateOf?.reason === 'name' && r.duplicateOf.contactIds.join() === ids.join()));
    const skipped = chosenRows(previewImport('one name.vcf', bytes, { existing }), { forAll: 'skip' });
    assert.ok(skipped.every((r) => r.outcome.action === 'skip' && r.outcome.reason === 'duplicate'));
  });
});
