// The Clients & Contacts view. It shows what the store holds; it never asks the server itself. Node
// objects are kept per id, so a refresh repaints the same nodes and VS Code keeps selection and
// expansion; a store change names its clients, and only those nodes are repainted.
import * as vscode from 'vscode';
import type { Client, ClientContact, PaymoId } from '../paymo';
import type { ContactStore, StoreChange } from '../store/contactStore';
import { SECTION } from '../auth/apiSettings';
import { ClientNode } from './clientNode';
import { ContactNode } from './contactNode';
import { ContactsDragAndDrop } from './dragAndDrop';
import type { ImageCache } from './imageCache';
import type { TreeNode } from './treeNode';

export const VIEW_ID = 'paymoContacts.clients';
/** The activity-bar container the view lives in (`viewsContainers` in package.json). */
const CONTAINER_ID = 'paymoContacts';
/** How long a reveal waits for VS Code to list the first level again. */
const ROOT_LISTING_WAIT_MS = 3_000;
/** After VS Code got the first level, until it has made its items from it. */
const ITEMS_MADE_MS = 50;

export class ClientsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  readonly view: vscode.TreeView<TreeNode>;
  /** Contacts dragged onto a client move there; contact files dropped onto a client are imported. */
  readonly dragAndDrop = new ContactsDragAndDrop();
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly clientNodes = new Map<PaymoId, ClientNode>();
  private readonly contactNodes = new Map<PaymoId, ContactNode>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Reveals waiting for VS Code to list the first level again. */
  private rootWaiters: (() => void)[] = [];
  /** False while a welcome view should show instead of the data (signed out, loading, failed). */
  private showing = false;

  constructor(
    private readonly store: ContactStore,
    private readonly images: ImageCache,
  ) {
    this.view = vscode.window.createTreeView(VIEW_ID, {
      treeDataProvider: this,
      showCollapseAll: true,
      canSelectMany: true,
      dragAndDropController: this.dragAndDrop,
    });
    this.disposables.push(
      this.view,
      store.onDidChange((e) => this.onStoreChange(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.showArchivedClients`)) this.refresh();
      }),
    );
  }

  /** Whether archived clients are listed too (setting `paymoContacts.showArchivedClients`). */
  get showsArchived(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('showArchivedClients', false);
  }

  /** The clients the view lists under the current setting. */
  visibleClients(): Client[] {
    const all = this.store.clients();
    return all.filter((c) => this.lists(c));
  }

  setShowing(showing: boolean): void {
    if (this.showing === showing) return;
    this.showing = showing;
    this.refresh();
  }

  /** Repaints these clients (their rows and their contacts), or everything. */
  refresh(clientIds?: readonly PaymoId[]): void {
    if (!clientIds) {
      this.changed.fire(undefined);
      return;
    }
    for (const id of new Set(clientIds)) {
      const node = this.clientNodes.get(id);
      // A client the view has not shown yet can only appear through the root.
      if (!node) {
        this.changed.fire(undefined);
        return;
      }
      this.changed.fire(node);
    }
  }

  /**
   * Selects and shows a contact, expanding its client. A view that was never shown would open on
   * `reveal` without selecting anything, so it is opened first.
   */
  async reveal(contactId: PaymoId, options: { focus?: boolean; select?: boolean } = {}): Promise<void> {
    const contact = this.store.contact(contactId);
    const client = contact && this.store.client(contact.client_id);
    if (!contact || !client || !this.lists(client)) return;
    if (!this.view.visible) await vscode.commands.executeCommand(`workbench.view.extension.${CONTAINER_ID}`);
    await this.view.reveal(this.contactNode(contact, this.clientNode(client)), {
      select: options.select ?? true,
      focus: options.focus ?? false,
      expand: false,
    });
  }

  /**
   * Selects and shows a client (one hidden as archived stays hidden). A client just added is unknown
   * to the view until VS Code has asked for the first level again, which it does a while after the
   * change event (debounced): until then `reveal` fails, so it is tried again once VS Code has asked.
   * Not being able to select it is no failure of what the user did, so a second failure is ignored.
   */
  async revealClient(clientId: PaymoId): Promise<void> {
    const client = this.store.client(clientId);
    if (!client || !this.lists(client)) return;
    const listed = this.nextRootListing();
    if (!this.view.visible) await vscode.commands.executeCommand(`workbench.view.extension.${CONTAINER_ID}`);
    const reveal = () => Promise.resolve(this.view.reveal(this.clientNode(client), { select: true, focus: false, expand: false }));
    await reveal().catch(async () => {
      await listed;
      await reveal().catch(() => undefined);
    });
  }

  /** Resolves a moment after VS Code next asks for the first level (or after ROOT_LISTING_WAIT_MS). */
  private nextRootListing(): Promise<void> {
    return new Promise((resolve) => {
      this.rootWaiters.push(resolve);
      setTimeout(resolve, ROOT_LISTING_WAIT_MS);
    });
  }

  /** Whether the view lists this client under the current setting. */
  private lists(client: Client): boolean {
    return client.active || this.showsArchived;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const waiters = this.rootWaiters.splice(0);
      if (waiters.length) setTimeout(() => waiters.forEach((resolve) => resolve()), ITEMS_MADE_MS);
      return this.showing ? this.visibleClients().map((c) => this.clientNode(c)) : [];
    }
    if (node.kind === 'contact') return [];
    return this.store.contactsOf(node.client.id).map((c) => this.contactNode(c, node));
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'contact' ? node.parent : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'client') {
      return node.toTreeItem(this.icon(node, node.client.image_thumb_small ?? node.client.image), this.store.contactsOf(node.client.id).length);
    }
    return node.toTreeItem(this.icon(node, node.contact.image_thumb_small ?? node.contact.image));
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  /** The local image when it is here; otherwise starts the download and repaints the node once it is. */
  private icon(node: TreeNode, url: string | null): vscode.Uri | undefined {
    if (!url) return undefined;
    const local = this.images.cached(url);
    if (!local)
      void this.images.fetch(url).then((uri) => {
        if (uri && this.isCurrent(node)) this.changed.fire(node);
      });
    return local;
  }

  private isCurrent(node: TreeNode): boolean {
    return node.kind === 'client' ? this.clientNodes.get(node.client.id) === node : this.contactNodes.get(node.contact.id) === node;
  }

  private clientNode(client: Client): ClientNode {
    const node = this.clientNodes.get(client.id);
    if (node) {
      node.client = client;
      return node;
    }
    const created = new ClientNode(client);
    this.clientNodes.set(client.id, created);
    return created;
  }

  private contactNode(contact: ClientContact, parent: ClientNode): ContactNode {
    const node = this.contactNodes.get(contact.id);
    if (node) {
      node.contact = contact;
      node.parent = parent;
      return node;
    }
    const created = new ContactNode(contact, parent);
    this.contactNodes.set(contact.id, created);
    return created;
  }

  private onStoreChange(change: StoreChange): void {
    if (change.kind === 'all') {
      this.forgetMissing();
      this.refresh();
      return;
    }
    // A client added, renamed, archived or restored moves in (or out of) the first level: the root is repainted.
    let moved = false;
    for (const id of change.clientIds) {
      const client = this.store.client(id);
      const before = this.clientNodes.get(id)?.client;
      if (client && (!before || before.name !== client.name || before.active !== client.active)) moved = true;
      if (client) this.clientNode(client);
    }
    this.forgetMissing();
    if (moved) this.refresh();
    else this.refresh(change.clientIds);
  }

  /** Nodes whose object is gone from the store are dropped, so that a later one starts fresh. */
  private forgetMissing(): void {
    for (const id of this.clientNodes.keys()) if (!this.store.client(id)) this.clientNodes.delete(id);
    for (const id of this.contactNodes.keys()) if (!this.store.contact(id)) this.contactNodes.delete(id);
  }
}
