// Registers a table of commands, each with what it does (for "… failed: <why>" messages). Every
// handler takes the services of the account it acts on (from its target, or asked: `accountTarget.ts`),
// its first argument (the target) and, from the tree's context menu, the view's selected nodes (VS
// Code's second argument).
import { servicesFor } from '../accounts/accountTarget';
import type { ExtensionServices, Services } from '../services';
import { registerCommand } from '../ui/commandRunner';

export type TargetCommand = (services: Services, arg: unknown, selected?: unknown) => Promise<unknown>;

/** `name` → [handler, action]; registered as `paymoContacts.<name>`. */
export function registerCommandTable(services: ExtensionServices, table: Record<string, [TargetCommand, string]>): void {
  for (const [name, [command, action]] of Object.entries(table)) {
    registerCommand(services, `paymoContacts.${name}`, (arg: unknown, selected: unknown) => runForAccount(services, command, arg, selected, action), {
      action,
    });
  }
}

/** Runs `command` for the account its target belongs to; nothing when the user cancels choosing the account. */
export async function runForAccount(services: ExtensionServices, command: TargetCommand, arg: unknown, selected: unknown, title: string): Promise<unknown> {
  const scoped = await servicesFor(services, arg, title);
  return scoped && command(scoped, arg, selected);
}
