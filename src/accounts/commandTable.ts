// How every command is registered: each folder exports a table of its commands (id → what it does and
// its handler), `src/commandList.ts` lists the tables, and `registerCommandTable` registers them
// through the command wrapper (`src/ui/commandRunner.ts`: failures logged and shown the same way).
// Most commands act on one account: they get the services of the account their target belongs to
// (or the one the user picks: `accountTarget.ts`), their first argument (the target) and, from the
// tree's context menu, the view's selected nodes (VS Code's second argument).
import type { ExtensionServices, Services } from '../services';
import { registerCommand } from '../ui/commandRunner';
import { servicesFor } from './accountTarget';

export type AccountCommand = (services: Services, arg: unknown, selected?: unknown) => Promise<unknown>;

export type CommandEntry =
  /** Acts on one account, with that account's services. */
  | { action: string; forAccount: AccountCommand }
  /** Acts on the window as a whole (signing in, the log): chooses its account itself, if any. */
  | { action: string; run: (arg: unknown) => unknown };

/** `paymoContacts.<name>` → what the command does (for "… failed: <why>" messages) and its handler. */
export type CommandTable = Record<string, CommandEntry>;

export function registerCommandTable(services: ExtensionServices, table: CommandTable): void {
  for (const [id, entry] of Object.entries(table)) {
    const { action } = entry;
    const handler = 'run' in entry ? entry.run : (arg: unknown, selected: unknown) => runForAccount(services, entry.forAccount, arg, selected, action);
    registerCommand(services, id, handler, { action });
  }
}

/** Runs `command` for the account its target belongs to; nothing when the user cancels choosing the account. */
async function runForAccount(services: ExtensionServices, command: AccountCommand, arg: unknown, selected: unknown, title: string): Promise<unknown> {
  const scoped = await servicesFor(services, arg, title);
  return scoped && command(scoped, arg, selected);
}
