// Registers a table of commands, each with what it does (for "… failed: <why>" messages). Every
// handler takes the services and its first argument, the target.
import type { Services } from '../services';
import { registerCommand } from '../ui/commandRunner';

export type TargetCommand = (services: Services, arg: unknown) => Promise<unknown>;

/** `name` → [handler, action]; registered as `paymoContacts.<name>`. */
export function registerCommandTable(services: Services, table: Record<string, [TargetCommand, string]>): void {
  for (const [name, [command, action]] of Object.entries(table)) {
    registerCommand(services.context, `paymoContacts.${name}`, (arg: unknown) => command(services, arg), { action, log: services.log });
  }
}
