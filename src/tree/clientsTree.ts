// The Clients & Contacts view. It shows what the accounts' stores hold; it never asks the server
// itself. With one signed-in account the first level is its clients, as it always was; with several,
// the first level is the accounts, each with its clients below. Node objects are kept per account and
// id, so a refresh repaints the same nodes and VS Code keeps selection and expansion; a store change
// names its clients, and only those nodes are repainted.
import * as vscode from 'vscode';
import type { TreeAccount, TreeAccounts } from './treeAccount';
import type { Client, ClientContact, PaymoId } from '../paymo';
import type { StoreChange } from '../store/accountStore';
import { SECTION } from '../auth/apiSettings';
import { AccountNode } from './accountNode';
import { ClientNode } from './clientNode';
import { ContactNode } from './contactNode';
import { dataAgeText } from './dataAge';
import { ContactsDragAndDrop } from './dragAndDrop';
import type { TreeNode } from './treeNode';
import { VIEW_ID } from './viewId';

export { VIEW_ID } from './viewId';
/** The activity-bar container the view lives in (`viewsContainers` in package.json). */
const CONTAINER_ID = 'paymoContacts';
/** How long a reveal waits for VS Code to list the first level again. */
const ROOT_LISTING_WAIT_MS = 3_000;
/** After VS Code got the first level, until it has made its items from it. */
const ITEMS_MADE_MS = 50;

/** What the first level shows (`viewStatus.ts` decides): one account's clients (or nothing, for a welcome), or the accounts. */
export type TreeLayout = { kind: 'one'; account: TreeAccount; showing: boolean } | { kind: 'several'; accounts: readonly TreeAccount[] };

/** One account's nodes, kept per id. */
interface AccountNodes {
  node: AccountNode;
  clients: Map<PaymoId, ClientNode>;
  contacts: Map<PaymoId, ContactNode>;
  subscription: vscode.Disposable;
}

export class ClientsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  readonly view: vscode.TreeView<TreeNode>;
  /** Contacts dragged onto another client move there; contact files dropped onto a client are imported. */
  readonly dragAndDrop = new ContactsDragAndDrop();
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new Map<TreeAccount, AccountNodes>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Reveals waiting for VS Code to list the first level again. */
  private rootWaiters: (() => void)[] = [];
  /** Nothing until the accounts are known; a welcome view shows then. */
  private layout: TreeLayout | undefined;

  constructor() {
    this.view = vscode.window.createTreeView(VIEW_ID, {
      treeDataProvider: this,
      showCollapseAll: true,
      canSelectMany: true,
      dragAndDropController: this.dragAndDrop,
    });
    this.disposables.push(
      this.view,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.showArchivedClients`)) this.refresh();
      }),
    );
  }

  /** Follows the accounts as they come and go: each one's store changes repaint its nodes. */
  attach(accounts: TreeAccounts): void {
    const sync = () => {
      for (const account of accounts.all) this.nodesOf(account);
      for (const [account, nodes] of this.nodes) {
        if (accounts.all.includes(account)) continue;
        nodes.subscription.dispose();
        this.nodes.delete(account);
      }
    };
    sync();
    this.disposables.push(accounts.onDidChangeAccounts(sync));
  }

  /** Whether archived clients are listed too (setting `paymoContacts.showArchivedClients`). */
  get showsArchived(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('showArchivedClients', false);
  }

  /** The account's clients the view lists under the current setting. */
  visibleClients(account: TreeAccount): Client[] {
    return account.store.clients().filter((c) => this.lists(c));
  }

  /** Whether the view lists this client under the current setting. */
  lists(client: Client): boolean {
    return client.active || this.showsArchived;
  }

  setLayout(layout: TreeLayout): void {
    const before = this.layout;
    this.layout = layout;
    const same =
      before?.kind === layout.kind &&
      (layout.kind === 'one'
        ? before.kind === 'one' && before.account === layout.account && before.showing === layout.showing
        : before.kind === 'several' && before.accounts.length === layout.accounts.length && before.accounts.every((a, i) => a === layout.accounts[i]));
    if (!same) this.refresh();
  }

  /** Repaints the account rows (their state and age), when they are the first level. */
  refreshAccounts(): void {
    if (this.layout?.kind !== 'several') return;
    for (const account of this.layout.accounts) this.changed.fire(this.nodesOf(account).node);
  }

  /** Repaints these clients of the account (their rows and their contacts), or everything. */
  refresh(account?: TreeAccount, clientIds?: readonly PaymoId[]): void {
    if (!account || !clientIds) {
      this.changed.fire(undefined);
      return;
    }
    const nodes = this.nodesOf(account);
    for (const id of new Set(clientIds)) {
      const node = nodes.clients.get(id);
      // A client the view has not shown yet can only appear through its parent.
      if (!node) {
        this.changed.fire(this.layout?.kind === 'several' ? nodes.node : undefined);
        return;
      }
      this.changed.fire(node);
    }
  }

  /**
   * Selects and shows a contact of the account (by default the first one shown), expanding its client.
   * A view that was never shown would open on `reveal` without selecting anything, so it is opened first.
   */
  async reveal(contactId: PaymoId, options: { account?: TreeAccount; focus?: boolean; select?: boolean } = {}): Promise<void> {
    const account = options.account ?? this.firstShown();
    const contact = account?.store.contact(contactId);
    const client = contact && account?.store.client(contact.client_id);
    if (!account || !contact || !client || !this.lists(client)) return;
    if (!this.view.visible) await vscode.commands.executeCommand(`workbench.view.extension.${CONTAINER_ID}`);
    await this.view.reveal(this.contactNode(account, contact, this.clientNode(account, client)), {
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
  async revealClient(account: TreeAccount, clientId: PaymoId): Promise<void> {
    const client = account.store.client(clientId);
    if (!client || !this.lists(client)) return;
    const listed = this.nextRootListing();
    if (!this.view.visible) await vscode.commands.executeCommand(`workbench.view.extension.${CONTAINER_ID}`);
    const reveal = () => Promise.resolve(this.view.reveal(this.clientNode(account, client), { select: true, focus: false, expand: false }));
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

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const waiters = this.rootWaiters.splice(0);
      if (waiters.length) setTimeout(() => waiters.forEach((resolve) => resolve()), ITEMS_MADE_MS);
      const { layout } = this;
      if (layout?.kind === 'several') return layout.accounts.map((a) => this.nodesOf(a).node);
      return layout?.showing ? this.clientNodesOf(layout.account) : [];
    }
    switch (node.kind) {
      case 'account':
        return node.account.loader.state === 'ready' ? this.clientNodesOf(node.account) : [];
      case 'client':
        return node.account.store.contactsOf(node.client.id).map((c) => this.contactNode(node.account, c, node));
      case 'contact':
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.kind === 'contact') return node.parent;
    return node.kind === 'client' && this.layout?.kind === 'several' ? this.nodesOf(node.account).node : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'account':
        return node.toTreeItem(dataAgeText(node.account.store));
      case 'client':
        return node.toTreeItem(this.icon(node, node.client.image_thumb_small ?? node.client.image), node.account.store.contactsOf(node.client.id).length);
      case 'contact':
        return node.toTreeItem(this.icon(node, node.contact.image_thumb_small ?? node.contact.image));
    }
  }

  dispose(): void {
    for (const nodes of this.nodes.values()) nodes.subscription.dispose();
    this.disposables.forEach((d) => d.dispose());
  }

  private clientNodesOf(account: TreeAccount): ClientNode[] {
    return this.visibleClients(account).map((c) => this.clientNode(account, c));
  }

  /** The account whose data the view shows first: the one shown, or the first of several. */
  private firstShown(): TreeAccount | undefined {
    const { layout } = this;
    return layout?.kind === 'one' ? layout.account : layout?.accounts[0];
  }

  /** The local image when it is here; otherwise starts the download and repaints the node once it is. */
  private icon(node: ClientNode | ContactNode, url: string | null): vscode.Uri | undefined {
    if (!url) return undefined;
    const { images } = node.account;
    const local = images.cached(url);
    if (!local)
      void images.fetch(url).then((uri) => {
        if (uri && this.isCurrent(node)) this.changed.fire(node);
      });
    return local;
  }

  private isCurrent(node: ClientNode | ContactNode): boolean {
    const nodes = this.nodes.get(node.account);
    return node.kind === 'client' ? nodes?.clients.get(node.client.id) === node : nodes?.contacts.get(node.contact.id) === node;
  }

  private nodesOf(account: TreeAccount): AccountNodes {
    let nodes = this.nodes.get(account);
    if (!nodes) {
      nodes = {
        node: new AccountNode(account),
        clients: new Map(),
        contacts: new Map(),
        subscription: account.store.onDidChange((e) => this.onStoreChange(account, e)),
      };
      this.nodes.set(account, nodes);
    }
    return nodes;
  }

  private clientNode(account: TreeAccount, client: Client): ClientNode {
    const { clients } = this.nodesOf(account);
    const node = clients.get(client.id);
    if (node) {
      node.client = client;
      return node;
    }
    const created = new ClientNode(account, client);
    clients.set(client.id, created);
    return created;
  }

  private contactNode(account: TreeAccount, contact: ClientContact, parent: ClientNode): ContactNode {
    const { contacts } = this.nodesOf(account);
    const node = contacts.get(contact.id);
    if (node) {
      node.contact = contact;
      node.parent = parent;
      return node;
    }
    const created = new ContactNode(contact, parent);
    contacts.set(contact.id, created);
    return created;
  }

  private onStoreChange(account: TreeAccount, change: StoreChange): void {
    const { store } = account;
    if (change.kind === 'all') {
      this.forgetMissing(account);
      this.refresh();
      return;
    }
    // A client added, renamed, archived or restored moves in (or out of) its level: the level is repainted.
    const nodes = this.nodesOf(account);
    let moved = false;
    for (const id of change.clientIds) {
      const client = store.client(id);
      const before = nodes.clients.get(id)?.client;
      if (client && (!before || before.name !== client.name || before.active !== client.active)) moved = true;
      if (client) this.clientNode(account, client);
    }
    this.forgetMissing(account);
    if (!moved) this.refresh(account, change.clientIds);
    else if (this.layout?.kind === 'several') this.changed.fire(nodes.node);
    else this.refresh();
  }

  /** Nodes whose object is gone from the store are dropped, so that a later one starts fresh. */
  private forgetMissing(account: TreeAccount): void {
    const { store } = account;
    const nodes = this.nodesOf(account);
    for (const id of nodes.clients.keys()) if (!store.client(id)) nodes.clients.delete(id);
    for (const id of nodes.contacts.keys()) if (!store.contact(id)) nodes.contacts.delete(id);
  }
}
