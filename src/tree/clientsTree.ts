// The Clients & Contacts view. It shows what the accounts' stores hold; it never asks the server
// itself. With one signed-in account the first level is its clients, as it always was; with several,
// the first level is the accounts, each with its clients below. Node objects are kept per account and
// id, so a refresh repaints the same nodes and VS Code keeps selection and expansion; a store change
// names its clients, and only those nodes are repainted. What each account shows (its filter, its
// order) is worked out below the view (`showTree`, src/store) once per change of the data or the options.
import * as vscode from 'vscode';
import type { TreeAccount, TreeAccounts } from './treeAccount';
import type { Client, ClientContact, PaymoId } from '../paymo';
import type { StoreChange } from '../store/accountStore';
import type { RecordChange } from '../store/recordChanges';
import { showTree, type ShownTree } from '../store/shownTree';
import { isFiltering } from '../store/viewFilter';
import { ViewIndex } from '../store/viewIndex';
import { SECTION } from '../auth/apiSettings';
import { AccountNode } from './accountNode';
import { ChangeMarks } from './changeMarks';
import { ClientNode } from './clientNode';
import { ContactNode } from './contactNode';
import { accountDescription } from './dataAge';
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

/** One account's nodes, kept per id, and what the view shows of its data (worked out when first asked). */
interface AccountNodes {
  node: AccountNode;
  clients: Map<PaymoId, ClientNode>;
  contacts: Map<PaymoId, ContactNode>;
  shown: ShownTree | undefined;
  subscriptions: vscode.Disposable[];
}

export class ClientsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  readonly view: vscode.TreeView<TreeNode>;
  /** Contacts dragged onto another client move there; contact files dropped onto a client are imported. */
  readonly dragAndDrop = new ContactsDragAndDrop();
  /** Changes made elsewhere: the badge, the rows' decorations, seen on selection. */
  readonly marks: ChangeMarks;
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly optionsChanged = new vscode.EventEmitter<TreeAccount>();
  /** An account's filter or order changed (the view's description and title buttons follow). */
  readonly onDidChangeOptions = this.optionsChanged.event;
  private readonly nodes = new Map<TreeAccount, AccountNodes>();
  private readonly index = new ViewIndex();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.optionsChanged];
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
    this.marks = new ChangeMarks(this.view);
    this.disposables.push(
      this.view,
      this.marks,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${SECTION}.showArchivedClients`)) return;
        for (const nodes of this.nodes.values()) nodes.shown = undefined;
        this.refresh();
      }),
    );
  }

  /** Follows the accounts as they come and go: each one's store changes repaint its nodes. */
  attach(accounts: TreeAccounts): void {
    const sync = () => {
      for (const account of accounts.all) this.nodesOf(account);
      for (const [account, nodes] of this.nodes) {
        if (accounts.all.includes(account)) continue;
        nodes.subscriptions.forEach((s) => s.dispose());
        this.nodes.delete(account);
      }
    };
    sync();
    this.disposables.push(accounts.onDidChangeAccounts(sync));
    this.marks.attach(accounts);
  }

  /** Whether archived clients are listed too (setting `paymoContacts.showArchivedClients`). */
  get showsArchived(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('showArchivedClients', false);
  }

  /** The account's clients the view lists under the current setting (whatever its filter hides). */
  visibleClients(account: TreeAccount): Client[] {
    return account.store.clients().filter((c) => this.lists(c));
  }

  /** What the view shows of the account: its clients and their contacts under its filter and order. */
  shown(account: TreeAccount): ShownTree {
    const nodes = this.nodesOf(account);
    nodes.shown ??= showTree(
      account.store,
      { filter: account.viewOptions.filter, sort: account.viewOptions.sort, showArchived: this.showsArchived },
      this.index,
    );
    return nodes.shown;
  }

  /** Whether the view shows the contact now (its client listed, the filter keeping it). */
  showsContact(account: TreeAccount, contact: ClientContact): boolean {
    return this.shown(account)
      .contactsOf(contact.client_id)
      .some((c) => c.id === contact.id);
  }

  /** Whether the view shows the client now. */
  showsClient(account: TreeAccount, clientId: PaymoId): boolean {
    return this.shown(account).clients.some((c) => c.id === clientId);
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
    if (!account || !contact || !client || !this.showsContact(account, contact)) return;
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
    if (!client || !this.showsClient(account, clientId)) return;
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
        return this.shown(node.account)
          .contactsOf(node.client.id)
          .map((c) => this.contactNode(node.account, c, node));
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
        return node.toTreeItem(accountDescription(node.account));
      case 'client': {
        const { account, client } = node;
        const count = { shown: this.shown(account).contactsOf(client.id).length, total: account.store.contactsOf(client.id).length };
        return node.toTreeItem(this.icon(node, client.image_thumb_small ?? client.image), count, account.changes.of('clients', client.id));
      }
      case 'contact':
        return node.toTreeItem(
          this.icon(node, node.contact.image_thumb_small ?? node.contact.image),
          node.account.changes.of('clientcontacts', node.contact.id),
        );
    }
  }

  dispose(): void {
    for (const nodes of this.nodes.values()) nodes.subscriptions.forEach((s) => s.dispose());
    this.disposables.forEach((d) => d.dispose());
  }

  private clientNodesOf(account: TreeAccount): ClientNode[] {
    return this.shown(account).clients.map((c) => this.clientNode(account, c));
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
        shown: undefined,
        subscriptions: [
          account.store.onDidChange((e) => this.onStoreChange(account, e)),
          account.viewOptions.onDidChange(() => this.onOptionsChange(account)),
          account.changes.onDidChange((changes) => this.onMarksChange(account, changes)),
        ],
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
    const nodes = this.nodesOf(account);
    nodes.shown = undefined;
    if (change.kind === 'all') {
      this.forgetMissing(account);
      this.refresh();
      return;
    }
    // Under a filter or the order of last change, any change may move a client in or out of its level, or along it.
    const { filter, sort } = account.viewOptions;
    let moved = isFiltering(filter) || sort === 'lastChange';
    for (const id of change.clientIds) {
      const client = store.client(id);
      const before = nodes.clients.get(id)?.client;
      if (client && (!before || before.name !== client.name || before.active !== client.active)) moved = true;
      if (client) this.clientNode(account, client);
    }
    this.forgetMissing(account);
    if (!moved) this.refresh(account, change.clientIds);
    else this.repaintLevel(account);
  }

  private onOptionsChange(account: TreeAccount): void {
    this.nodesOf(account).shown = undefined;
    this.repaintLevel(account);
    this.optionsChanged.fire(account);
  }

  /** The rows whose marks came or went: their tooltips and screen-reader labels say what changed. */
  private onMarksChange(account: TreeAccount, changes: readonly RecordChange[]): void {
    const clientIds = new Set<PaymoId>();
    for (const change of changes) {
      if (change.collection === 'clients') clientIds.add(change.id);
      else if (change.clientId !== undefined) clientIds.add(change.clientId);
    }
    if (clientIds.size) this.refresh(account, [...clientIds]);
  }

  /** The account's clients' level: the first level, or the account's row when several are listed. */
  private repaintLevel(account: TreeAccount): void {
    if (this.layout?.kind === 'several') this.changed.fire(this.nodesOf(account).node);
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
