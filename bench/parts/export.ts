// Exporting every loaded contact to a file (vCard and CSV): the time, and the heap the export
// adds on top of the model already loaded, for a tenth of the contacts and for all of them. The file
// is written in one call (VS Code's file system API takes no stream), so the export holds the file's
// bytes once and little else: its peak is compared with the file's size (see children/exportChild.ts).
import { runChild } from '../childProcess';
import type { ExportInput, ExportOutput, ExportRun } from '../children/exportChild';
import { largeSet, type BenchContext, type Part } from '../part';

const kib = (bytes: number) => bytes / 1024;

async function run(ctx: BenchContext) {
  await largeSet(ctx);
  const input: ExportInput = { sandbox: ctx.sandbox.info, pageSize: ctx.cfg.pageSize };
  const { modelBytes, runs } = await runChild<ExportOutput>('exportChild', input, ['--expose-gc']);
  const find = (format: ExportRun['format'], all: boolean) => {
    const ofFormat = runs.filter((r) => r.format === format).sort((a, b) => a.contacts - b.contacts);
    return all ? ofFormat[ofFormat.length - 1]! : ofFormat[0]!;
  };
  const [vcard, vcardTenth, csv, csvTenth] = [find('vcard', true), find('vcard', false), find('csv', true), find('csv', false)];
  const note = (r: ExportRun) =>
    `${r.contacts.toLocaleString('en')} contacts, file ${(r.fileBytes / 1024 / 1024).toFixed(1)} MiB, model ${(modelBytes / 1024 / 1024).toFixed(1)} MiB`;
  return {
    'export.vcardMs': { value: vcard.ms, note: note(vcard) },
    'export.vcardPeakKiB': { value: kib(vcard.peakBytes), note: `a tenth of the contacts: ${kib(vcardTenth.peakBytes).toFixed(0)} KiB` },
    'export.csvMs': { value: csv.ms, note: note(csv) },
    'export.csvPeakKiB': { value: kib(csv.peakBytes), note: `a tenth of the contacts: ${kib(csvTenth.peakBytes).toFixed(0)} KiB` },
    'export.fileRatio': {
      // Of all the contacts: a tenth's file is small enough for the export's fixed costs to weigh.
      value: Math.max(vcard.peakBytes / vcard.fileBytes, csv.peakBytes / csv.fileBytes),
      note: `all contacts: vCard ${(vcard.peakBytes / vcard.fileBytes).toFixed(2)}, CSV ${(csv.peakBytes / csv.fileBytes).toFixed(2)}; a tenth: vCard ${(vcardTenth.peakBytes / vcardTenth.fileBytes).toFixed(2)}, CSV ${(csvTenth.peakBytes / csvTenth.fileBytes).toFixed(2)}`,
    },
  };
}

export const part: Part = {
  name: 'export',
  seconds: 40,
  rows: ['export.vcardMs', 'export.vcardPeakKiB', 'export.csvMs', 'export.csvPeakKiB', 'export.fileRatio'],
  run,
};
