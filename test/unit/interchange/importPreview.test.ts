import * as assert from 'node:assert/strict';
import type { DuplicateChoice } from '../../../src/interchange/duplicateChoice';
import { chosenRows } from '../../../src/interchange/importPlan';
import { formatOf, previewImport, type PreviewRow } from '../../../src/interchange/importPreview';
import { MAX_IMAGE_BYTES, type ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';
import { LABELS, PNG, androidCutOff21 } from '../support/vcardCorpus';

/** One file with one card of each case the preview must tell apart. */
function mixedFile(): Buffer {
  const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'];
  return Buffer.from(
    [
      ...card('FN:Brand New Person', 'EMAIL:brand.new@example.com', 'TEL;TYPE=CELL:+1 555 0001', `PHOTO;ENCODING=b;TYPE=PNG:${PNG.toString('base64')}`),
      ...card('FN:Aaron C.', 'EMAIL:AARON.COOPER@ACME.EXAMPLE', 'TITLE:Partner', 'ORG:Acme'),
      ...card('FN:Aaron Cooper', 'EMAIL:aaron.cooper@acme.example', 'TITLE:Associate'),
      ...card("FN:siobhán  o'brien"),
      ...card('FN:Brand New Person', 'EMAIL:Brand.New@example.com'),
      ...card('EMAIL:nobody@example.com'),
      ...card('FN:Broken', 'no colon here'),
      ...card('FN:With A PDF', `PHOTO;ENCODING=b;TYPE=JPEG:${Buffer.from('%PDF-1.4 not an image').toString('base64')}`),
    ].join('\r\n'),
  );
}

describe('Import preview: what an import would do, before anything is sent', () => {
  const fx = useApiSandbox();
  let existing: ClientContact[];
  beforeEach(async () => {
    existing = await fx.api().listContacts();
  });

  /** The file's rows under one choice: read and matched once, then the choice applied. */
  const previewUnder = (fileName: string, bytes: Buffer, forAll: DuplicateChoice, keepLeftovers = false) => {
    const preview = previewImport(fileName, bytes, { existing, leftoverLabels: LABELS });
    return { ...preview, rows: chosenRows(preview, { forAll, keepLeftovers }) };
  };

  const outcomes = (rows: PreviewRow[]) =>
    rows.map((r) => [r.index, r.fields?.name ?? null, r.outcome.action, 'reason' in r.outcome ? r.outcome.reason : null]);

  it('with duplicates skipped: new rows created, the same email or (without email) the same name skipped, unreadable rows said why', () => {
    const preview = previewUnder('contacts.vcf', mixedFile(), 'skip');
    assert.equal(preview.format, 'vcard');
    assert.deepEqual(outcomes(preview.rows), [
      [1, 'Brand New Person', 'create', null],
      [2, 'Aaron C.', 'skip', 'duplicate'],
      [3, 'Aaron Cooper', 'skip', 'duplicate'],
      [4, "siobhán  o'brien", 'skip', 'duplicate'],
      [5, 'Brand New Person', 'skip', 'duplicateInFile'],
      [6, null, 'skip', 'noName'],
      [7, null, 'skip', 'brokenLine'],
      [8, 'With A PDF', 'create', null],
    ]);
    assert.deepEqual(preview.rows[1]!.duplicateOf, { reason: 'email', contactIds: [1] });
    assert.deepEqual(preview.rows[3]!.duplicateOf, { reason: 'name', contactIds: [4] });
    assert.equal(preview.rows[0]!.photo?.mime, 'image/png');
    assert.equal(preview.rows[7]!.photo, undefined);
    assert.equal(preview.rows[7]!.photoProblem?.kind, 'invalid');
    assert.match(preview.rows[7]!.photoProblem?.kind === 'invalid' ? preview.rows[7]!.photoProblem.message : '', /PDF/);
  });

  it('with duplicates updated: only the fields the card has and that differ; an identical card changes nothing', () => {
    const preview = previewUnder('contacts.vcf', mixedFile(), 'update');
    assert.deepEqual(preview.rows[1]!.outcome, {
      action: 'update',
      contactId: 1,
      patch: { name: 'Aaron C.', email: 'AARON.COOPER@ACME.EXAMPLE', position: 'Partner' },
    });
    assert.deepEqual(preview.rows[2]!.outcome, { action: 'skip', reason: 'unchanged' });
  });

  it('with duplicates created anyway, every named row is created; leftovers go into the notes only when asked', () => {
    const created = previewUnder('contacts.vcf', mixedFile(), 'create');
    assert.deepEqual(
      created.rows.filter((r) => r.outcome.action === 'create').map((r) => r.index),
      [1, 2, 3, 4, 5, 8],
    );
    assert.equal(created.rows[1]!.fields?.notes, null);
    const kept = previewUnder('contacts.vcf', mixedFile(), 'create', true);
    assert.equal(kept.rows[1]!.fields?.notes, 'Organization: Acme');
  });

  it('reads a CSV the same way, and tells the format by the name or, without one, by the content', () => {
    const csv = Buffer.from('Name,E-mail Address,Mobile Phone\r\nCsv Person,csv@example.com,+1 555 0002\r\nAaron Cooper,aaron.cooper@acme.example,\r\n');
    const preview = previewUnder('export.csv', csv, 'skip');
    assert.deepEqual(outcomes(preview.rows), [
      [1, 'Csv Person', 'create', null],
      [2, 'Aaron Cooper', 'skip', 'duplicate'],
    ]);
    assert.equal(formatOf('contacts', mixedFile()), 'vcard');
    assert.equal(formatOf('contacts', csv), 'csv');
    assert.equal(formatOf('contacts.VCF', csv), 'vcard');
  });

  it('reads a CSV saved in the Windows code page (Excel\'s "CSV" in Western Europe) and one in UTF-16', () => {
    const text = 'First Name;Last Name;E-mail Address\r\nRenée;Façon;renee@example.fr\r\n';
    for (const bytes of [Buffer.from(text, 'latin1'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      const preview = previewUnder('outlook.csv', bytes, 'skip');
      assert.deepEqual(
        preview.rows.map((r) => [r.fields?.name, r.fields?.email]),
        [['Renée Façon', 'renee@example.fr']],
      );
    }
  });

  it('a photo larger than Paymo takes is "too large" in the preview, with its size; the card is still imported', () => {
    const photo = Buffer.alloc(MAX_IMAGE_BYTES + 512 * 1024, 0xff).toString('base64');
    const file = Buffer.from(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo ${Date.now()}\r\nPHOTO;ENCODING=b;TYPE=JPEG:${photo}\r\nEND:VCARD\r\n`);
    const [row] = previewUnder('photos.vcf', file, 'skip').rows;
    assert.equal(row!.outcome.action, 'create');
    assert.equal(row!.photo, undefined);
    assert.deepEqual(row!.photoProblem?.kind === 'invalid' && row!.photoProblem.problem, {
      kind: 'imageTooLarge',
      fileName: 'photo 1',
      megabytes: '5.5',
      maxMegabytes: '5.0',
    });
  });

  it('a card cut off before its END:VCARD is imported and its row says up to which line it was read', () => {
    const preview = previewUnder('android.vcf', androidCutOff21(), 'skip');
    assert.deepEqual(
      preview.rows.map((r) => [r.index, r.fields?.name, r.outcome.action, r.incomplete]),
      [
        [1, 'Olga Petrova', 'create', undefined],
        [2, 'Pyotr Ivanov', 'create', { lastLine: 12 }],
      ],
    );
  });
});
