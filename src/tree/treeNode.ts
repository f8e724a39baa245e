import type { AccountNode } from './accountNode';
import type { ClientNode } from './clientNode';
import type { ContactNode } from './contactNode';

/** What the Clients & Contacts view holds: accounts (when several are signed in), their clients, and the clients' contacts. */
export type TreeNode = AccountNode | ClientNode | ContactNode;
