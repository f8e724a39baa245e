// What an import did, from its journal: created, updated, skipped (with why), failed (with Paymo's
// words), and what is left when the run stopped. Also as plain text, for the user to save.
import type { PaymoId } from '../paymo';
import type { ImportJournal } from './importJournal';

export interface ReportEntry {
  row: number;
  name: string;
  contactId?: PaymoId;
  /** Why it was skipped or failed; for a created contact, why its photo was not saved. */
  reason?: string;
}

export interface ImportReport {
  fileName: string;
  clientName: string;
  created: ReportEntry[];
  updated: ReportEntry[];
  skipped: ReportEntry[];
  failed: ReportEntry[];
  /** Steps neither done nor failed: the run stopped, and the journal is kept for a resume. */
  remaining: number;
  /** Why the run stopped before the end: the user cancelled, or a failure that is not one row's. */
  stopped?: { cancelled: true } | { error: unknown };
}

export function reportOf(journal: ImportJournal, stopped?: ImportReport['stopped']): ImportReport {
  const { plan } = journal;
  const report: ImportReport = {
    fileName: plan.fileName,
    clientName: plan.clientName,
    created: [],
    updated: [],
    skipped: plan.skipped.map((s) => ({ row: s.row, name: s.name ?? '', reason: s.reason })),
    failed: [],
    remaining: 0,
    ...(stopped ? { stopped } : {}),
  };
  plan.steps.forEach((step, i) => {
    const state = journal.state(i);
    const name = step.action === 'create' ? step.fields.name : step.name;
    if (state.state === 'done') {
      const entry: ReportEntry = { row: step.row, name, contactId: state.contactId, ...(state.photoError ? { reason: state.photoError } : {}) };
      (step.action === 'create' ? report.created : report.updated).push(entry);
    } else if (state.state === 'failed') report.failed.push({ row: step.row, name, reason: state.message });
    else report.remaining++;
  });
  report.skipped.sort((a, b) => a.row - b.row);
  return report;
}

/** Headings of the text report, in the user's language (the caller's words). */
export interface ReportLabels {
  title: string;
  created: string;
  updated: string;
  skipped: string;
  failed: string;
  remaining: string;
  row: string;
}

/** The report as Markdown: a heading per outcome, one line per row. */
export function reportText(report: ImportReport, labels: ReportLabels): string {
  const lines = [`# ${labels.title}`, ''];
  const section = (heading: string, entries: readonly ReportEntry[]) => {
    if (!entries.length) return;
    lines.push(`## ${heading} (${entries.length})`, '');
    for (const e of entries) lines.push(`- ${labels.row} ${e.row}: ${e.name || '—'}${e.reason ? ` — ${e.reason}` : ''}`);
    lines.push('');
  };
  section(labels.created, report.created);
  section(labels.updated, report.updated);
  section(labels.skipped, report.skipped);
  section(labels.failed, report.failed);
  if (report.remaining) lines.push(`${labels.remaining}: ${report.remaining}`, '');
  return lines.join('\n');
}
