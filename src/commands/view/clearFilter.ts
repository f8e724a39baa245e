// Clear Filter: the view shows everything again. From an account's row (or `{ accountId }`) that
// account's part; from the view's title, every signed-in account's (one click, whatever is filtered).
import { namedAccount } from '../../accounts/accountTarget';
import type { ExtensionServices } from '../../services';
import { NO_FILTER } from '../../store/viewFilter';

export async function clearFilter(services: ExtensionServices, arg: unknown): Promise<void> {
  const named = namedAccount(services, arg);
  const accounts = named ? [named] : services.accounts.signedIn();
  await Promise.all(accounts.map((account) => account.viewOptions.setFilter(NO_FILTER)));
}
