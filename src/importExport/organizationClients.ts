// "Put each card in its organisation's client": the client of that name (case and surrounding
// spaces ignored) when there is one; otherwise it is created first, once per name, through the same
// command as a contact form's "New client…" (createClient). Cards without an organisation stay in the
// client the user chose. Runs after Confirm, before the journal: the clients exist before any contact
// is sent to them.
import * as vscode from 'vscode';
import type { PreviewRow } from '../interchange/importPreview';
import type { Client, PaymoId } from '../paymo';
import type { Services } from '../services';

/** Row index → client id for the rows to create that name an organisation; undefined when a client could not be created (its error was shown). */
export async function clientsOfOrganizations(services: Services, rows: readonly PreviewRow[]): Promise<Map<number, PaymoId> | undefined> {
  const byName = new Map<string, PaymoId>(services.store.clients().map((c) => [key(c.name), c.id]));
  const result = new Map<number, PaymoId>();
  for (const row of rows) {
    if (row.outcome.action !== 'create' || !row.organization) continue;
    let id = byName.get(key(row.organization));
    if (id === undefined) {
      const created = await vscode.commands.executeCommand<Client | undefined>('paymoContacts.createClient', {
        fields: { name: row.organization },
        fromForm: true,
      });
      if (!created) return undefined;
      id = created.id;
      byName.set(key(row.organization), id);
    }
    result.set(row.index, id);
  }
  return result;
}

function key(name: string): string {
  return name.trim().toLocaleLowerCase();
}
