// Every command of the extension, table by table: each folder lists its commands (id → what it does
// and its handler) and this list registers them all through one helper (`registerCommandTable`:
// the command wrapper plus the account a command acts on). A unit test checks that package.json
// contributes exactly the commands these tables hold, each in one table.
import { registerCommandTable } from './accounts/commandTable';
import { contactCommands } from './commands';
import { clientCommands } from './commands/clients';
import { coreCommands } from './commands/core';
import { viewCommands } from './commands/view';
import { formCommands, type Forms } from './forms';
import { importExportCommands } from './importExport';
import type { ExtensionServices } from './services';

export function registerCommands(services: ExtensionServices, forms: Forms): void {
  const tables = [
    coreCommands(services),
    contactCommands(),
    clientCommands(forms.client),
    formCommands(forms),
    importExportCommands(services),
    viewCommands(services),
  ];
  for (const table of tables) registerCommandTable(services, table);
}
