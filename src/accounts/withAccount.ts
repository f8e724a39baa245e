// The services a command gets: the shared objects and the parts of the account it acts on.
import type { ExtensionServices, Services } from '../services';
import type { Account } from './account';

export function withAccount(services: ExtensionServices, account: Account): Services {
  const { accounts, authProvider, context, log, tree } = services;
  // Named one by one: `services` may be another account's Services, whose parts must not come along.
  return { context, log, accounts, authProvider, tree, account, auth: account.auth, store: account.store, loader: account.loader };
}
