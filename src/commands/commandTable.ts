// Registers a table of commands, each with what it does (for "… failed: <why>" messages). Every
// handler takes the services, its first argument (the target) and, from the tree's context menu, the
// view's selected nodes (VS Code's second argument).
import type { Services } from '../services';
import { registerCommand } from '../ui/commandRunner';

export type TargetCommand = (services: Services, arg: unknown, selected?: unknown) => Promise<unknown>;

/** `name` → [handler, action]; registered as `paymoContacts.<name>`. */
export function registerCommandTable(services: Services, table: Record<string, [TargetCommand, string]>): void {
  for (const [name, [command, action]] of Object.entries(table)) {
    registerCommand(services, `paymoContacts.${name}`, (arg: unknown, selected: unknown) => command(services, arg, selected), { action });
  }
}
