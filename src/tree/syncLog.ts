// What a sync did, in the "Paymo" log: which kind, why a full load replaced a delta, what changed,
// and each record that could not be read.
import type { Log } from '../log';
import type { SyncReport } from '../store/accountStore';

export function logSync(log: Log, report: SyncReport, totals: { clients: number; contacts: number; ms: number }): void {
  if (report.fallback) log.info(`Loading everything instead of only what changed: ${report.fallback}.`);
  const { clients, contacts, removedClients, removedContacts } = report.summary;
  const held = `${totals.clients} clients and ${totals.contacts} contacts`;
  log.info(
    report.mode === 'delta'
      ? `Refreshed what changed in ${totals.ms} ms: ${clients} clients and ${contacts} contacts new or changed, ${removedClients} clients and ${removedContacts} contacts gone; ${held} in all.`
      : `Loaded ${held} in ${totals.ms} ms.`,
  );
  if (report.changes.length) log.info(`${report.changes.length} change(s) made elsewhere are marked in the view until seen.`);
  for (const record of report.skipped) {
    log.warn(
      `Not shown: a record of ${record.collection} (id ${record.id ?? 'unknown'}) that Paymo sent in a shape this extension cannot read: ${record.reason}.`,
    );
  }
}
