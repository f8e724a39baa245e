// Writes contacts as CSV (RFC 4180: CRLF, quotes where needed; UTF-8, the caller adds the BOM that
// Excel needs to see UTF-8): one header row whose names Google Contacts, Outlook and this reader
// recognise, then one row per contact. Written in batches, so that an export of any size streams.
import type { ClientContact } from '../paymo';
import { GUARDED_CELL } from './csvFormulaGuard';
import { loadPapa } from './libraries';

export const CSV_COLUMNS = ['Name', 'E-mail Address', 'Business Phone', 'Mobile Phone', 'Business Fax', 'Skype', 'Job Title', 'Company', 'Notes'] as const;

export interface CsvRow {
  contact: ClientContact;
  clientName: string;
}

/** The header line, CRLF included. */
export function csvHeader(): string {
  return `${loadPapa().unparse([[...CSV_COLUMNS]], { newline: '\r\n' })}\r\n`;
}

/** These contacts' lines, CRLF included; cells that a spreadsheet would run as formulas are guarded. */
export function csvRows(rows: readonly CsvRow[]): string {
  if (!rows.length) return '';
  const data = rows.map(({ contact: c, clientName }) =>
    [c.name, c.email, c.phone, c.mobile, c.fax, c.skype, c.position, clientName, c.notes].map((v) => v ?? ''),
  );
  return `${loadPapa().unparse(data, { newline: '\r\n', escapeFormulae: GUARDED_CELL })}\r\n`;
}
