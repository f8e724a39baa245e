// Imports a vCard or CSV file into a client: the client (the node, `{ clientId }`, or a pick), the
// file (`{ uri }`, or an open dialog), the preview read and matched once in a worker thread
// (previewWithProgress.ts), for a CSV the columns no field was recognised for (a mapping step), then
// the preview page, where the user chooses what happens to duplicates and confirms. Only then is
// anything sent: the steps go into a journal first (src/interchange/importJournal.ts) and run with
// progress (importWithProgress.ts). Tests and keybindings skip the prompts with `{ uri, columns,
// onDuplicate, keepLeftovers, confirmed: true }` next to the target; `signal` (an AbortSignal, from
// callers in the extension host) cancels the preview as its notification's Cancel does.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DUPLICATE_CHOICES } from '../interchange/duplicateChoice';
import type { ImportPreview } from '../interchange/importPreview';
import type { ImportReport } from '../interchange/importReport';
import { loadInterchange } from '../interchange/load';
import type { PreviewDecision } from '../webviewContract/importMessages';
import type { Services } from '../services';
import { argOption } from '../commands/argOption';
import { clientTarget } from '../commands/clients/clientTarget';
import { ownerKey } from '../auth/accountOwner';
import { askColumns, columnsOf } from './csvMapping';
import { journalFolder } from './journalFolder';
import { clientsOfOrganizations } from './organizationClients';
import { previewModel, rowViews, skipReason } from './previewModel';
import { showImportPreview } from './previewPanel';
import { previewWithProgress } from './previewWithProgress';
import { importWithProgress } from './importWithProgress';

export async function importContacts(services: Services, arg: unknown): Promise<ImportReport | undefined> {
  services.auth.api(); // signed out: say so before asking anything
  await services.loader.ensureData();
  const client = await clientTarget(services, arg, {
    title: vscode.l10n.t('Import Contacts Into'),
    none: vscode.l10n.t('There is no client to import contacts into.'),
    filter: (c) => c.active,
  });
  if (!client) return undefined;
  const given = argOption(arg, 'uri');
  const uri = given instanceof vscode.Uri ? given : await chooseFile();
  if (!uri) return undefined;
  const fileName = path.basename(uri.path);
  const interchange = loadInterchange();
  const signal = argOption(arg, 'signal');
  const existing = services.store.allContacts();
  const request = { uri, existing, columns: columnsOf(argOption(arg, 'columns')), ...(signal instanceof AbortSignal ? { signal } : {}) };
  let preview = await previewWithProgress(services, request);
  if (!preview) return undefined;
  if (preview.unknownColumns.length && !request.columns) {
    // Only a CSV whose columns the user now names is read again: the names change what the rows hold.
    const columns = await askColumns(preview.unknownColumns);
    if (columns === null) return undefined;
    if (Object.keys(columns).length) preview = await previewWithProgress(services, { ...request, columns });
    if (!preview) return undefined;
  }
  if (!preview.rows.some((r) => r.fields)) throw new Error(unreadable(fileName, preview));
  const decision =
    argOption(arg, 'confirmed') === true
      ? decisionOf(arg)
      : await showImportPreview(
          services.context.extensionUri,
          previewModel(fileName, client.name, preview.rows.length, 'skip'),
          await rowViews(preview, nameOf(services)),
        );
  if (!decision) return undefined;
  const rows = interchange.chosenRows(preview, decision);
  const owner = services.auth.owner;
  if (!owner) return undefined;
  const clientOfRow = decision.byOrganization ? await clientsOfOrganizations(services, rows) : undefined;
  if (decision.byOrganization && !clientOfRow) return undefined;
  const plan = interchange.planImport(rows, {
    owner: ownerKey(owner),
    clientId: client.id,
    clientName: client.name,
    fileName,
    existing,
    skipReason,
    ...(clientOfRow ? { clientOfRow } : {}),
  });
  const journal = interchange.ImportJournal.create(journalFolder(services), plan);
  return importWithProgress(services, journal);
}

async function chooseFile(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import Contacts'),
    openLabel: vscode.l10n.t('Import'),
    canSelectMany: false,
    ...(folder ? { defaultUri: folder } : {}),
    filters: { [vscode.l10n.t('vCard or CSV')]: ['vcf', 'vcard', 'csv'], [vscode.l10n.t('All files')]: ['*'] },
  });
  return picked?.[0];
}

/** `{ onDuplicate, keepLeftovers }` of a call that skips the preview. */
function decisionOf(arg: unknown): PreviewDecision {
  const choice = argOption(arg, 'onDuplicate');
  return {
    forAll: DUPLICATE_CHOICES.find((c) => c === choice) ?? 'skip',
    perRow: {},
    keepLeftovers: argOption(arg, 'keepLeftovers') === true,
    byOrganization: argOption(arg, 'byOrganization') === true,
  };
}

function nameOf(services: Services): (id: number) => string {
  return (id) => services.store.contact(id)?.name ?? vscode.l10n.t('contact {0}', id);
}

/** A file no contact could be read from: what the first problem was, so the user can fix it. */
function unreadable(fileName: string, preview: ImportPreview): string {
  const first = preview.rows[0];
  return first
    ? vscode.l10n.t('No contact can be read from {0}: {1}. Nothing was imported.', fileName, skipReason(loadInterchange().rowUnder(first, 'skip', false)))
    : vscode.l10n.t('{0} holds no contacts. Nothing was imported.', fileName);
}
