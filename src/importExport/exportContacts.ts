// Exports contacts to a vCard 4.0 or CSV file: the selection, a client's, or what the user picks;
// then the format and the file, on any file system VS Code reaches. The file is made a batch at a
// time with a cancellable progress notification (src/interchange/exportBytes.ts) and appears only
// once complete (wholeFile.ts). Tests and keybindings skip the prompts with `{ uri, format }` next
// to the target.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportFormat } from '../interchange';
import { loadInterchange } from '../interchange/load';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { countText, takesSingular } from '../ui/displayFormat';
import { notificationText } from '../ui/textEscaping';
import { pickExportScope } from './exportScope';
import { actedOn, contactsOf } from '../commands/selectedContacts';
import { argOption } from '../commands/argOption';
import { writeWholeFile } from './wholeFile';

export interface ExportResult {
  uri: vscode.Uri;
  format: ExportFormat;
  count: number;
}

const EXTENSIONS: Record<ExportFormat, string> = { vcard: 'vcf', csv: 'csv' };

export async function exportContacts(services: Services, arg: unknown, selected?: unknown): Promise<ExportResult | undefined> {
  services.auth.api(); // signed out: say so rather than export an empty list
  await services.loader.ensureData();
  const targets = actedOn(arg, selected);
  const contacts = targets.length ? contactsOf(services, targets) : await pickExportScope(services);
  if (!contacts) return undefined;
  if (!contacts.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no contacts to export.'));
    return undefined;
  }
  const format = formatOf(argOption(arg, 'format')) ?? (await pickFormat());
  if (!format) return undefined;
  const given = argOption(arg, 'uri');
  const uri = given instanceof vscode.Uri ? given : await chooseFile(services, contacts, format);
  if (!uri) return undefined;
  const count = await writeFile(services, uri, contacts, format);
  if (count === undefined) return undefined;
  void vscode.window.showInformationMessage(notificationText(exportedText(count, path.posix.basename(uri.path))));
  return { uri, format, count };
}

function formatOf(value: unknown): ExportFormat | undefined {
  return value === 'vcard' || value === 'csv' ? value : undefined;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: vscode.l10n.t('vCard (.vcf)'), detail: vscode.l10n.t('vCard 4.0: address books, phones and mail programs read it'), format: 'vcard' },
    { label: vscode.l10n.t('CSV (.csv)'), detail: vscode.l10n.t('Spreadsheets, and the CSV import of Google Contacts or Outlook'), format: 'csv' },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Contacts'), placeHolder: vscode.l10n.t('File format') }))?.format;
}

async function chooseFile(services: Services, contacts: readonly ClientContact[], format: ExportFormat): Promise<vscode.Uri | undefined> {
  const clientIds = new Set(contacts.map((c) => c.client_id));
  const only = clientIds.size === 1 ? services.store.client([...clientIds][0]!) : undefined;
  // A client's name is the file's name once the characters no file system accepts (control characters among them) are out.
  // eslint-disable-next-line no-control-regex
  const base = (only?.name ?? vscode.l10n.t('Paymo contacts')).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'contacts';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = `${base}.${EXTENSIONS[format]}`;
  return vscode.window.showSaveDialog({
    title: takesSingular(contacts.length)
      ? vscode.l10n.t('Export {0} contact', countText(contacts.length))
      : vscode.l10n.t('Export {0} contacts', countText(contacts.length)),
    saveLabel: vscode.l10n.t('Export'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
    filters: format === 'vcard' ? { [vscode.l10n.t('vCard')]: ['vcf', 'vcard'] } : { [vscode.l10n.t('CSV')]: ['csv'] },
  });
}

/** The count written, or undefined when the user cancelled (nothing is left behind then). */
async function writeFile(services: Services, uri: vscode.Uri, contacts: readonly ClientContact[], format: ExportFormat): Promise<number | undefined> {
  const clientName = (c: ClientContact) => services.store.client(c.client_id)?.name ?? '';
  const source = services.auth.baseUrl;
  const n = countText(contacts.length);
  const file = path.posix.basename(uri.path);
  const title = notificationText(
    takesSingular(contacts.length) ? vscode.l10n.t('Exporting {0} contact to {1}…', n, file) : vscode.l10n.t('Exporting {0} contacts to {1}…', n, file),
  );
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const cancelled = token.onCancellationRequested(() => abort.abort());
    let reported = 0;
    try {
      const bytes = await loadInterchange().exportBytes(contacts, {
        format,
        clientName,
        signal: abort.signal,
        ...(source ? { source } : {}),
        onProgress: (written) => {
          progress.report({ increment: ((written - reported) / contacts.length) * 100, message: vscode.l10n.t('{0} of {1}', written, contacts.length) });
          reported = written;
        },
      });
      await writeWholeFile(uri, bytes);
      return contacts.length;
    } catch (error) {
      if (abort.signal.aborted) {
        services.log.info(`Export to ${uri.toString(true)} cancelled; nothing was written.`);
        return undefined;
      }
      throw error;
    } finally {
      cancelled.dispose();
    }
  });
}

function exportedText(count: number, file: string): string {
  return takesSingular(count)
    ? vscode.l10n.t('Exported {0} contact to {1}.', countText(count), file)
    : vscode.l10n.t('Exported {0} contacts to {1}.', countText(count), file);
}
