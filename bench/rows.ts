// Every figure the bench reports, in table order, with its target where the issue sets one. Each row
// belongs to one part (its `rows`), which fills in the value by id; a row whose part failed keeps its
// place with the reason.
import { contacts, describeSet, importSize, pagesFor, previewSize, readSizes, type BenchConfig, type DataSet } from './config';
import type { Row, Target } from './report';

interface RowSpec {
  id: string;
  figure: (cfg: BenchConfig) => string;
  unit: string;
  target?: (cfg: BenchConfig) => Target;
}

const fixed = (text: string) => () => text;
const mb = (megabytes: number) => (megabytes >= 1 ? `${megabytes} MB` : `${megabytes * 1024} KB`);
const atMost = (limit: number) => (): Target => ({ op: '<=', limit });
const none = (): Target => ({ op: '=', limit: 0 });
/** The fewest requests a paged load of a set can make: one per page of clients and of contacts. */
const minimumPages =
  (set: (cfg: BenchConfig) => DataSet) =>
  (cfg: BenchConfig): Target => ({ op: '<=', limit: pagesFor(set(cfg).clients, cfg.pageSize) + pagesFor(contacts(set(cfg)), cfg.pageSize) });

export const ROWS = [
  { id: 'load.requests.small', figure: (c) => `Tree load requests, ${describeSet(c.small)}`, unit: 'req', target: minimumPages((c) => c.small) },
  { id: 'load.requests', figure: (c) => `Tree load requests, ${describeSet(c.large)}`, unit: 'req', target: minimumPages((c) => c.large) },
  { id: 'load.floorMs', figure: fixed('Floor: same pages, bare undici + JSON.parse (median)'), unit: 'ms' },
  { id: 'load.storeMs', figure: fixed('Tree load: AccountStore.load + PaymoApi (median)'), unit: 'ms' },
  { id: 'load.ratio', figure: fixed('Tree load / floor'), unit: 'x', target: atMost(1.3) },
  { id: 'load.cpuRatio', figure: fixed("Tree load / floor, this process's CPU time"), unit: 'x' },
  { id: 'naive.requests', figure: fixed('Naive tree requests (contacts per client)'), unit: 'req' },
  { id: 'naive.ratio', figure: fixed('Naive load / tree load'), unit: 'x' },
  { id: 'cache.ms', figure: fixed('Cached start: cache read + first level (median)'), unit: 'ms' },
  { id: 'cache.ratio', figure: fixed('Cached start / network tree load'), unit: 'x', target: atMost(0.05) },
  { id: 'memory.heapKiB', figure: fixed('Model heap retained after load (median)'), unit: 'KiB' },
  { id: 'memory.jsonKiB', figure: fixed('JSON bytes it came from'), unit: 'KiB' },
  { id: 'memory.ratio', figure: fixed('Model heap / JSON bytes'), unit: 'x', target: atMost(2) },
  { id: 'export.vcardMs', figure: (c) => `Export ${contacts(c.large).toLocaleString('en')} contacts to a vCard file`, unit: 'ms' },
  { id: 'export.vcardPeakKiB', figure: fixed('Live heap the vCard export adds to the loaded model (peak)'), unit: 'KiB' },
  { id: 'export.csvMs', figure: (c) => `Export ${contacts(c.large).toLocaleString('en')} contacts to a CSV file`, unit: 'ms' },
  { id: 'export.csvPeakKiB', figure: fixed('Live heap the CSV export adds to the loaded model (peak)'), unit: 'KiB' },
  { id: 'export.fileRatio', figure: fixed('Export live heap peak / file size (the file is written in one call)'), unit: 'x', target: atMost(1.5) },
  { id: 'ratelimit.429s', figure: (c) => `429s reaching the caller, ${c.updates} concurrent updates`, unit: '', target: none },
  { id: 'ratelimit.failed', figure: fixed('Updates that failed for any reason'), unit: '', target: none },
  { id: 'ratelimit.seconds', figure: (c) => `Time for ${c.updates} updates at ${c.rateLimit.limit} per ${c.rateLimit.periodSeconds} s`, unit: 's' },
  { id: 'ratelimit.minimum', figure: fixed("Minimum the sandbox's limit allows"), unit: 's' },
  { id: 'ratelimit.ratio', figure: fixed('Update time / minimum'), unit: 'x', target: atMost(1.15) },
  {
    id: 'import.failed',
    figure: (c) => `Import ${importSize(c).contacts} contacts from one vCard under the limit: contacts not imported`,
    unit: '',
    target: none,
  },
  { id: 'import.served429s', figure: fixed('… 429s the sandbox answered (waited out, never shown)'), unit: '' },
  { id: 'import.seconds', figure: (c) => `… time at ${c.rateLimit.limit} per ${c.rateLimit.periodSeconds} s`, unit: 's' },
  { id: 'import.ratio', figure: fixed('Import time / minimum the limit allows for the requests made'), unit: 'x', target: atMost(1.15) },
  {
    id: 'import.requests',
    figure: fixed('Import requests'),
    unit: 'req',
    target: (c) => ({ op: '<=', limit: importSize(c).contacts + importSize(c).photos + 5 }),
  },
  {
    id: 'import.resumeWrong',
    figure: (c) => `Imports killed and resumed (${importSize(c).rounds} kill points) not ending with exactly the file's contacts`,
    unit: '',
    target: none,
  },
  { id: 'read.photoSeconds', figure: (c) => `One card with a ${mb(readSizes(c).photoMb)} folded photo: read`, unit: 's', target: atMost(0.2) },
  { id: 'read.photoBaseline', figure: fixed('… by the reader before (baseline, same run)'), unit: 's' },
  { id: 'read.noteSeconds', figure: (c) => `One card with a ${mb(readSizes(c).noteMb)} folded note: read`, unit: 's', target: atMost(1) },
  { id: 'read.noteBaseline', figure: fixed('… by the reader before (baseline, same run)'), unit: 's' },
  { id: 'read.msPerMb.small', figure: (c) => `Folded note read, time per MB at ${mb(readSizes(c).perMb[0]!)}`, unit: 'ms/MB' },
  { id: 'read.msPerMb.middle', figure: (c) => `… at ${mb(readSizes(c).perMb[1]!)}`, unit: 'ms/MB' },
  { id: 'read.msPerMb.large', figure: (c) => `… at ${mb(readSizes(c).perMb[2]!)}`, unit: 'ms/MB' },
  { id: 'read.linearity', figure: fixed('Read time per MB, largest / smallest'), unit: 'x', target: atMost(1.3) },
  {
    id: 'preview.seconds',
    figure: (c) => `${previewSize(c).cards.toLocaleString('en')} vCards: import preview, all choices`,
    unit: 's',
    target: atMost(4),
  },
  {
    id: 'preview.linearity',
    figure: (c) => `… time per card, ${previewSize(c).cards.toLocaleString('en')} / ${previewSize(c).smallCards.toLocaleString('en')} cards`,
    unit: 'x',
    target: atMost(1.3),
  },
  { id: 'preview.oldRatio', figure: fixed('… before (a read per choice) / now, time per card'), unit: 'x' },
  { id: 'preview.hostBlockMs', figure: fixed("Extension host's longest block during the large import preview"), unit: 'ms', target: atMost(100) },
  {
    id: 'preview.memoryRatio',
    figure: fixed("Extension host's memory for the large preview, above the loaded model / file size"),
    unit: 'x',
    target: atMost(3),
  },
  { id: 'preview.peakRatio', figure: fixed('… the whole process at its peak, worker thread included / file size'), unit: 'x' },
  {
    id: 'preview.oneNameSeconds',
    figure: (c) => `${previewSize(c).oneName.toLocaleString('en')} cards of one name, "create anyway": preview and plan`,
    unit: 's',
    target: atMost(1),
  },
  { id: 'preview.oneNameRatio', figure: fixed('… before (a read per choice) / now'), unit: 'x' },
  { id: 'bundle.extensionKiB', figure: fixed('Extension bundle dist/extension.js (minified)'), unit: 'KiB', target: atMost(200) },
  { id: 'bundle.webviewKiB', figure: fixed('Webview bundle dist/webview/form.js'), unit: 'KiB' },
  { id: 'activate.requireMs', figure: fixed('Require the extension bundle (median)'), unit: 'ms' },
  { id: 'activate.ms', figure: fixed('activate() with a stub vscode (median)'), unit: 'ms' },
  { id: 'activate.syncFs', figure: fixed('Synchronous fs calls during activate'), unit: '', target: none },
  { id: 'activate.network', figure: fixed('Network connections/lookups during activate'), unit: '', target: none },
  { id: 'view.treeMs', figure: (c) => `The view's tree, no filter, ${describeSet(c.large)} (median)`, unit: 'ms' },
  { id: 'view.filterMs', figure: fixed('Text filter applied, tree recomputed (median)'), unit: 'ms', target: atMost(30) },
  { id: 'view.filterRatio', figure: fixed('Text filter / unfiltered tree'), unit: 'x' },
  { id: 'view.sortMs', figure: fixed('Sorted by last change, tree recomputed (median)'), unit: 'ms', target: atMost(30) },
  { id: 'view.sortRatio', figure: fixed('Sort by last change / unfiltered tree'), unit: 'x' },
  { id: 'changes.ms', figure: fixed('Changes made elsewhere, from a refresh with 10 edits, 5 creates, 5 deletes (median)'), unit: 'ms', target: atMost(5) },
  { id: 'changes.extraRequests', figure: fixed('Requests the changes add to that refresh'), unit: 'req', target: none },
  { id: 'changes.ratio', figure: fixed("Changes / the refresh's own time"), unit: 'x' },
  { id: 'refresh.idle.requests', figure: (c) => `Refresh, nothing changed, ${describeSet(c.large)}: requests`, unit: 'req' },
  { id: 'refresh.idle.requestRatio', figure: fixed('Refresh, nothing changed: requests / full load'), unit: 'x', target: atMost(0.05) },
  { id: 'refresh.idle.byteRatio', figure: fixed('Refresh, nothing changed: bytes / full load'), unit: 'x', target: atMost(0.03) },
  { id: 'refresh.changed.requests', figure: fixed('Refresh after 22 changes made elsewhere: requests'), unit: 'req' },
  { id: 'refresh.changed.requestRatio', figure: fixed('Refresh after changes: requests / full load'), unit: 'x', target: atMost(0.1) },
  { id: 'refresh.limited.seconds', figure: (c) => `Refresh after changes at ${c.rateLimit.limit} per ${c.rateLimit.periodSeconds} s`, unit: 's' },
  { id: 'refresh.limited.ratio', figure: fixed('Refresh after changes / full load, both under the limit'), unit: 'x', target: atMost(0.1) },
  { id: 'refresh.auto.perHour', figure: fixed('autoRefreshMinutes 5 for 24 h, nothing changed: requests per hour'), unit: 'req' },
  { id: 'refresh.auto.budgetShare', figure: fixed('… share of the hourly rate budget'), unit: 'x', target: atMost(0.02) },
] as const satisfies readonly RowSpec[];

export type RowId = (typeof ROWS)[number]['id'];
export interface Measured {
  value: number;
  note?: string;
}
export type Measurements = Partial<Record<RowId, Measured>>;

/** The table: the catalogue's rows of the parts that ran (`wanted`), in catalogue order, measured or with the reason they are not. */
export function assemble(cfg: BenchConfig, wanted: readonly RowId[], measured: Measurements, failures: Partial<Record<RowId, string>>): Row[] {
  return ROWS.filter((spec) => wanted.includes(spec.id)).map((spec: RowSpec) => {
    const m = measured[spec.id as RowId];
    const row: Row = { id: spec.id, figure: spec.figure(cfg), unit: spec.unit, value: m?.value ?? null };
    if (spec.target) row.target = spec.target(cfg);
    if (m?.note) row.note = m.note;
    if (!m) row.error = failures[spec.id as RowId] ?? 'not measured';
    return row;
  });
}
