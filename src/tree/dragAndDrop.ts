// Drag and drop in the Clients & Contacts view: contacts dragged onto another client (or onto one of
// its contacts) move there; `.vcf`/`.csv` files dropped from the Explorer onto a client are imported
// into it. The view only hands over what was dropped where: the commands do the work (moveContacts,
// importContacts), with their progress, messages and failures like any other command. Contacts move
// between clients of one account only: an id means nothing in another account.
import * as vscode from 'vscode';
import type { TreeAccount } from './treeAccount';
import type { PaymoId } from '../paymo';
import type { TreeNode } from './treeNode';

/** Our own drag's data: `application/vnd.code.tree.<view id, lower case>`, as VS Code names it. */
export const CONTACTS_MIME = 'application/vnd.code.tree.paymocontacts.clients';
const FILES_MIME = 'text/uri-list';
const CONTACT_FILE = /\.(vcf|vcard|csv)$/i;

export class ContactsDragAndDrop implements vscode.TreeDragAndDropController<TreeNode> {
  readonly dragMimeTypes = [CONTACTS_MIME];
  readonly dropMimeTypes = [CONTACTS_MIME, FILES_MIME];

  /** The account of the contacts last dragged in this window (VS Code's transfer carries only their ids). */
  private draggedFrom: TreeAccount | undefined;

  handleDrag(source: readonly TreeNode[], data: vscode.DataTransfer): void {
    // A drag that carries no contacts of one account leaves nothing an earlier drag set for the drop to trust.
    this.draggedFrom = undefined;
    const contacts = source.filter((node) => node.kind === 'contact');
    const accounts = new Set(contacts.map((node) => node.account));
    if (!contacts.length || accounts.size !== 1) return;
    this.draggedFrom = contacts[0]!.account;
    data.set(CONTACTS_MIME, new vscode.DataTransferItem(contacts.map((node) => node.contact.id)));
  }

  async handleDrop(target: TreeNode | undefined, data: vscode.DataTransfer): Promise<void> {
    if (!target || target.kind === 'account') return;
    const clientId = target.kind === 'client' ? target.client.id : target.contact.client_id;
    const { account } = target;
    const dragged = data.get(CONTACTS_MIME);
    if (dragged) {
      const contactIds = idsOf(dragged.value);
      if (!contactIds.length) return;
      if (this.draggedFrom !== account) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Contacts can only be moved between clients of the same Paymo account.'));
        return;
      }
      await vscode.commands.executeCommand('paymoContacts.moveContacts', { contactIds, toClientId: clientId, account });
      return;
    }
    const files = await data.get(FILES_MIME)?.asString();
    for (const uri of urisOf(files ?? '').filter((u) => CONTACT_FILE.test(u.path))) {
      await vscode.commands.executeCommand('paymoContacts.importContacts', { clientId, uri, account });
    }
  }
}

/** The contacts of our own drag: in VS Code's own transfer the value is the ids we set; nodes when it hands the nodes over. */
function idsOf(value: unknown): PaymoId[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) =>
    typeof v === 'number'
      ? [v]
      : typeof v === 'object' && v !== null && (v as TreeNode).kind === 'contact'
        ? [(v as Extract<TreeNode, { kind: 'contact' }>).contact.id]
        : [],
  );
}

/** `text/uri-list`: one URI a line, `#` lines are comments (RFC 2483). */
function urisOf(list: string): vscode.Uri[] {
  return list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .flatMap((line) => {
      try {
        return [vscode.Uri.parse(line, true)];
      } catch {
        return [];
      }
    });
}
