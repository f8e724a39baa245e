// Read-only virtual Markdown documents (`paymo-contact:/<id>/<name>.md`) with a contact's details,
// rendered from its account's store and updated when the store changes. An added account's contacts
// have the account's slot as the URI's authority (`paymo-contact://a2/<id>/<name>.md`).
import * as vscode from 'vscode';
import type { ClientContact, PaymoId } from '../paymo';
import type { Account } from '../accounts/account';
import type { ExtensionServices } from '../services';
import { withAccount } from '../accounts/withAccount';
import { accountOfAuthority, uriAuthority } from '../tree/itemUri';
import { escapeMarkdown } from '../ui/textEscaping';
import { contactMarkdown } from './contactMarkdown';
import { clientNameOf } from './targets';

const CONTACT_SCHEME = 'paymo-contact';

export function contactUri(account: Account, contact: ClientContact): vscode.Uri {
  // The name is only for the tab's title; the id is what is read back.
  const title = contact.name.replace(/[/\\]/g, '-').trim() || String(contact.id);
  return vscode.Uri.from({ scheme: CONTACT_SCHEME, authority: uriAuthority(account), path: `/${contact.id}/${title}.md` });
}

function contactIdOfUri(uri: vscode.Uri): PaymoId {
  return Number(uri.path.split('/')[1]);
}

export function registerContactDocuments(services: ExtensionServices): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const shown = new Set<string>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      // A document opened again at start (kept open across a reload) wants the data; one that is
      // merely re-rendered because the store changed does not.
      const account = accountOfAuthority(services.accounts.all, uri.authority);
      if (account && !shown.has(uri.toString())) {
        shown.add(uri.toString());
        await account.loader.ensureData();
      }
      const contact = account?.store.contact(contactIdOfUri(uri));
      return account && contact
        ? contactMarkdown(contact, clientNameOf(withAccount(services, account), contact))
        : `# ${escapeMarkdown(vscode.l10n.t('This contact no longer exists.'))}\n`;
    },
  };
  const refreshOpenDocuments = () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === CONTACT_SCHEME) changed.fire(document.uri);
    }
  };
  services.context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(CONTACT_SCHEME, provider),
    services.accounts.onDidChangeData(refreshOpenDocuments),
  );
}
