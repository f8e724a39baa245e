// Filter: narrows the account's part of the view. A quick pick takes the words (typed into its box)
// and the toggles (checked); the tree follows as the user types and checks, the title counts what is
// left, Enter keeps it (per account, across restarts), Escape puts back what was there.
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { CLIENT_TOGGLES, CONTACT_TOGGLES, NO_FILTER, readViewFilter, type FilterToggle, type ViewFilter } from '../../store/viewFilter';
import { contactCountText } from '../../tree/contactCount';
import { toggleLabel } from '../../tree/filterLabels';
import { countText, takesSingular } from '../../ui/displayFormat';
import { isObject } from '../../webviewContract/isObject';

const FILTER_FIELDS: readonly string[] = Object.keys(NO_FILTER);

const ICONS: Record<FilterToggle, string> = {
  portalAccess: 'unlock',
  mainContacts: 'star-full',
  noEmailOrPhone: 'circle-slash',
  noContacts: 'organization',
  archived: 'archive',
};

interface ToggleItem extends vscode.QuickPickItem {
  toggle?: FilterToggle;
}

/** `{ text?, portalAccess?, mainContacts?, noEmailOrPhone?, noContacts?, archived? }` sets that filter without asking. */
export async function filterView(services: Services, arg: unknown): Promise<ViewFilter | undefined> {
  const options = services.account.viewOptions;
  if (isObject(arg) && FILTER_FIELDS.some((field) => field in arg)) {
    const filter = readViewFilter(arg);
    await options.setFilter(filter);
    return filter;
  }
  await services.loader.ensureData();
  const filter = await pickFilter(services, options.filter);
  if (filter) await options.setFilter(filter);
  else options.preview(undefined);
  return filter;
}

/** The filter the user sets in the quick pick (previewed meanwhile); undefined when they leave it. */
async function pickFilter(services: Services, current: ViewFilter): Promise<ViewFilter | undefined> {
  const picker = vscode.window.createQuickPick<ToggleItem>();
  const clear: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('clear-all'), tooltip: vscode.l10n.t('Clear Filter') };
  const section = (label: string): ToggleItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  // The box is for the words: every toggle stays listed whatever is typed.
  const toggle = (t: FilterToggle): ToggleItem => ({ label: `$(${ICONS[t]}) ${toggleLabel(t)}`, toggle: t, alwaysShow: true });
  const items = [section(vscode.l10n.t('Contacts')), ...CONTACT_TOGGLES.map(toggle), section(vscode.l10n.t('Clients')), ...CLIENT_TOGGLES.map(toggle)];
  picker.canSelectMany = true;
  picker.placeholder = vscode.l10n.t('Type a name, email, phone or position; check what to show only');
  picker.items = items;
  picker.selectedItems = items.filter((item) => item.toggle && current[item.toggle]);
  picker.value = current.text;
  picker.buttons = [clear];
  const chosen = (): ViewFilter => {
    const filter: ViewFilter = { ...NO_FILTER, text: picker.value };
    for (const item of picker.selectedItems) if (item.toggle) filter[item.toggle] = true;
    return filter;
  };
  const follow = () => {
    services.account.viewOptions.preview(chosen());
    picker.title = countTitle(services);
  };
  follow();
  const picked = await new Promise<ViewFilter | undefined>((resolve) => {
    picker.onDidChangeValue(follow);
    picker.onDidChangeSelection(follow);
    picker.onDidTriggerButton(() => resolve(NO_FILTER));
    picker.onDidAccept(() => resolve(chosen()));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return picked;
}

/** "Filter: 42 contacts in 7 clients", as the view shows them now. */
function countTitle(services: Services): string {
  const shown = services.tree.shown(services.account);
  const contacts = shown.clients.reduce((sum, client) => sum + shown.contactsOf(client.id).length, 0);
  const clients = shown.clients.length;
  const clientsText = takesSingular(clients) ? vscode.l10n.t('{0} client', countText(clients)) : vscode.l10n.t('{0} clients', countText(clients));
  return vscode.l10n.t('Filter: {0} in {1}', contactCountText(contacts), clientsText);
}
