// The benchmark's one output shape: rows of figures, each with its target when the issue sets one,
// printed as a table and written as JSON. A figure that could not be measured keeps its row, with
// the reason, so a missing piece shows instead of silently shrinking the table.
import { round } from './stats';

export interface Target {
  op: '<=' | '=' | '>=';
  limit: number;
}

export interface Row {
  /** Stable key, e.g. `load.ratio`: what the smoke test and JSON readers look rows up by. */
  id: string;
  figure: string;
  value: number | null;
  unit: string;
  target?: Target;
  note?: string;
  /** Why `value` is null. */
  error?: string;
}

export type Status = 'ok' | 'MISSED' | 'ERROR' | 'info';

export function status(row: Row): Status {
  if (row.value === null) return 'ERROR';
  if (!row.target) return 'info';
  const { op, limit } = row.target;
  const met = op === '<=' ? row.value <= limit : op === '>=' ? row.value >= limit : row.value === limit;
  return met ? 'ok' : 'MISSED';
}

function showValue(row: Row): string {
  if (row.value === null) return '-';
  return `${round(row.value)}${row.unit ? ` ${row.unit}` : ''}`;
}

function showTarget(row: Row): string {
  return row.target ? `${row.target.op} ${row.target.limit}${row.unit ? ` ${row.unit}` : ''}` : '';
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['Figure', 'Value', 'Target', 'Status', 'Note'];
  const cells = rows.map((r) => [r.figure, showValue(r), showTarget(r), status(r), r.error ?? r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === c.length - 1 ? s : s.padEnd(widths[i]!)))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

export function missed(rows: readonly Row[]): Row[] {
  return rows.filter((r) => status(r) === 'MISSED' || status(r) === 'ERROR');
}
