// Show Changes: what was changed elsewhere since the user last looked, newest first, each with what
// changed (old → new); choosing one reveals it in the view, which counts as seen. Deleted records have
// no row: the list is where they are seen, so listing them counts. With several accounts signed in,
// each account's changes are listed under its name.
import * as vscode from 'vscode';
import type { Account } from '../../accounts/account';
import { namedAccount } from '../../accounts/accountTarget';
import type { PaymoId } from '../../paymo';
import type { ExtensionServices } from '../../services';
import type { RecordChange } from '../../store/recordChanges';
import { isFiltering, NO_FILTER } from '../../store/viewFilter';
import { changeKindText, fieldChangeTexts } from '../../tree/changeText';
import { escapeIcons, notificationText } from '../../ui/textEscaping';
import { argOption } from '../argOption';
import { clientIdOf } from '../clients/clientTarget';
import { contactIdOf } from '../targets';

const ICONS: Record<RecordChange['kind'], string> = { created: 'add', edited: 'edit', moved: 'arrow-right', deleted: 'trash' };

interface ChangeItem extends vscode.QuickPickItem {
  account?: Account;
  change?: RecordChange;
}

/** What the command listed and which change the user chose (then revealed). */
export interface ShownChanges {
  listed: RecordChange[];
  chosen?: RecordChange;
}

/**
 * `{ contactId }` / `{ clientId }` reveals that record's change without the list (as choosing it
 * does); `{ allSeen: true }` marks every change seen, as the list's button does.
 */
export async function showChanges(services: ExtensionServices, arg: unknown): Promise<ShownChanges> {
  const named = namedAccount(services, arg);
  const accounts = named ? [named] : services.accounts.signedIn();
  if (argOption(arg, 'allSeen') === true) {
    accounts.forEach((account) => account.changes.seenAll());
    return { listed: [] };
  }
  const listed = accounts.flatMap((account) => account.changes.all().map((change) => ({ account, change })));
  const contactId = contactIdOf(arg);
  const clientId = clientIdOf(arg);
  if (contactId !== undefined || clientId !== undefined) {
    const wanted = listed.find(({ change }) =>
      contactId !== undefined ? change.collection === 'clientcontacts' && change.id === contactId : change.collection === 'clients' && change.id === clientId,
    );
    if (wanted) await reveal(services, wanted.account, wanted.change);
    return { listed: listed.map((l) => l.change), ...(wanted ? { chosen: wanted.change } : {}) };
  }
  if (!listed.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was changed elsewhere since you last looked.'));
    return { listed: [] };
  }
  const picked = await pickChange(accounts, listed);
  if (picked) await reveal(services, picked.account, picked.change);
  return { listed: listed.map((l) => l.change), ...(picked ? { chosen: picked.change } : {}) };
}

async function pickChange(
  accounts: readonly Account[],
  listed: { account: Account; change: RecordChange }[],
): Promise<Required<Pick<ChangeItem, 'account' | 'change'>> | undefined> {
  const items: ChangeItem[] = [];
  for (const account of accounts) {
    const changes = listed.filter((l) => l.account === account);
    if (!changes.length) continue;
    if (accounts.length > 1) items.push({ label: escapeIcons(account.label), kind: vscode.QuickPickItemKind.Separator });
    items.push(...changes.map(({ change }) => changeItem(account, change)));
  }
  const picker = vscode.window.createQuickPick<ChangeItem>();
  const allSeen: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('check-all'), tooltip: vscode.l10n.t('Mark All as Seen') };
  picker.title = vscode.l10n.t('Changes Made Elsewhere');
  picker.placeholder = vscode.l10n.t('Choose a change to show it in the view');
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = items;
  picker.buttons = [allSeen];
  // Listed is seen, for what has no row to select.
  accounts.forEach((account) => account.changes.seenDeleted());
  const picked = await new Promise<ChangeItem | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0]));
    picker.onDidTriggerButton(() => {
      accounts.forEach((account) => account.changes.seenAll());
      resolve(undefined);
    });
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return picked?.account && picked.change ? { account: picked.account, change: picked.change } : undefined;
}

function changeItem(account: Account, change: RecordChange): ChangeItem {
  const client = change.collection === 'clientcontacts' && change.clientId !== undefined ? account.store.client(change.clientId)?.name : undefined;
  const details = change.kind === 'deleted' ? [] : fieldChangeTexts(change, account, true);
  return {
    account,
    change,
    label: escapeIcons(change.name),
    iconPath: new vscode.ThemeIcon(ICONS[change.kind]),
    description: escapeIcons([changeKindText(change.collection, change.kind), client].filter(Boolean).join(' · ')),
    ...(details.length ? { detail: escapeIcons(details.join(' · ')) } : {}),
  };
}

/** Shows the changed record in the view (asking to clear a filter that hides it), which marks it seen. */
async function reveal(services: ExtensionServices, account: Account, change: RecordChange): Promise<void> {
  account.changes.seen(change.collection, change.id);
  if (change.kind === 'deleted') return;
  const { tree } = services;
  const shown = change.collection === 'clients' ? tree.showsClient(account, change.id) : showsContact(services, account, change.id);
  if (!shown && isFiltering(account.viewOptions.filter)) {
    const clear = vscode.l10n.t('Clear Filter');
    const answer = await vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} is hidden by the view’s filter.', change.name)), clear);
    if (answer !== clear) return;
    await account.viewOptions.setFilter(NO_FILTER);
  }
  if (change.collection === 'clients') await tree.revealClient(account, change.id);
  else await tree.reveal(change.id, { account, focus: true });
}

function showsContact(services: ExtensionServices, account: Account, contactId: PaymoId): boolean {
  const contact = account.store.contact(contactId);
  return contact !== undefined && services.tree.showsContact(account, contact);
}
