// Imports a vCard or CSV file into a client: the client (the node, `{ clientId }`, or a pick), the
// file (`{ uri }`, or an open dialog), for a CSV the columns no field was recognised for (a mapping
// step), then the preview, where the user chooses what happens to duplicates and confirms. Only
// then is anything sent: the steps go into a journal first (src/interchange/importJournal.ts) and
// run with progress (importWithProgress.ts). Tests and keybindings skip the prompts with `{ uri, columns,
// onDuplicate, keepLeftovers, confirmed: true }` next to the target.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PreviewRow } from '../interchange/importPreview';
import type { ImportReport } from '../interchange/importReport';
import { loadInterchange } from '../interchange/load';
import type { DuplicateChoice, PreviewDecision } from '../webviewContract/importMessages';
import type { Services } from '../services';
import { argOption } from '../commands/argOption';
import { clientTarget } from '../commands/clients/clientTarget';
import { ownerKey } from '../auth/accountOwner';
import { askColumns, columnsOf } from './csvMapping';
import { journalFolder } from './journalFolder';
import { clientsOfOrganizations } from './organizationClients';
import { previewModel, skipReason, type Previews } from './previewModel';
import { showImportPreview } from './previewPanel';
import { importWithProgress } from './importWithProgress';

const CHOICES: readonly DuplicateChoice[] = ['skip', 'update', 'create'];

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
  const bytes = await vscode.workspace.fs.readFile(uri);
  const interchange = loadInterchange();
  const existing = services.store.allContacts();
  const preview = (onDuplicate: DuplicateChoice, keep: boolean, columns: ReturnType<typeof columnsOf>) =>
    interchange.previewImport(fileName, bytes, {
      existing,
      onDuplicate,
      ...(keep ? { keepLeftovers: leftoverLabels() } : {}),
      ...(columns ? { columns } : {}),
    });
  const first = preview('skip', false, undefined);
  if (!first.rows.some((r) => r.fields)) throw new Error(unreadable(fileName, first.rows));
  const columns = first.unknownColumns.length ? (columnsOf(argOption(arg, 'columns')) ?? (await askColumns(first.unknownColumns))) : undefined;
  if (columns === null) return undefined;
  const previews = (keep: boolean) => Object.fromEntries(CHOICES.map((c) => [c, preview(c, keep, columns)])) as Previews;
  const plain = previews(false);
  const keeping = previews(true);
  const decision =
    argOption(arg, 'confirmed') === true
      ? decisionOf(arg)
      : await showImportPreview(services.context.extensionUri, previewModel(fileName, client.name, plain, keeping, 'skip', nameOf(services)));
  if (!decision) return undefined;
  const rows = interchange.chosenRows(decision.keepLeftovers ? keeping : plain, decision.forAll, decision.perRow);
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
    forAll: CHOICES.find((c) => c === choice) ?? 'skip',
    perRow: {},
    keepLeftovers: argOption(arg, 'keepLeftovers') === true,
    byOrganization: argOption(arg, 'byOrganization') === true,
  };
}

function nameOf(services: Services): (id: number) => string {
  return (id) => services.store.contact(id)?.name ?? vscode.l10n.t('contact {0}', id);
}

/** A file no contact could be read from: what the first problem was, so the user can fix it. */
function unreadable(fileName: string, rows: readonly PreviewRow[]): string {
  const first = rows[0];
  return first
    ? vscode.l10n.t('No contact can be read from {0}: {1}. Nothing was imported.', fileName, skipReason(first))
    : vscode.l10n.t('{0} holds no contacts. Nothing was imported.', fileName);
}

function leftoverLabels() {
  return {
    email: vscode.l10n.t('Email'),
    phone: vscode.l10n.t('Phone'),
    messaging: vscode.l10n.t('Messaging'),
    address: vscode.l10n.t('Address'),
    birthday: vscode.l10n.t('Birthday'),
    url: vscode.l10n.t('Web'),
    organization: vscode.l10n.t('Organization'),
    role: vscode.l10n.t('Role'),
  };
}
