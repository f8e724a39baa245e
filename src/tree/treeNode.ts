import type { ClientNode } from './clientNode';
import type { ContactNode } from './contactNode';

/** What the Clients & Contacts view holds: clients, and their contacts below them. */
export type TreeNode = ClientNode | ContactNode;
