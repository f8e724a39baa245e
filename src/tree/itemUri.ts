// The `resourceUri` of the view's client and contact items: it carries nothing to open, only the
// item's identity, so that the change decorations (`changeMarks.ts`) can find the item they belong to.
// `paymo-contacts-item:/clientcontacts/7`; an added account's items have its slot as the authority
// (`paymo-contacts-item://a2/clients/3`), as its contact documents do.
import * as vscode from 'vscode';
import type { PaymoCollection, PaymoId } from '../paymo';

export const ITEM_SCHEME = 'paymo-contacts-item';

export interface ItemRef {
  /** The account's key prefix without its slash (`a2`), nothing for the first account. */
  authority: string;
  collection: PaymoCollection;
  id: PaymoId;
}

/** The authority of an account's URIs (items here, contact documents): its key prefix without the slash. */
export function uriAuthority(account: { keyPrefix: string }): string {
  return account.keyPrefix.replace('/', '');
}

/** The account whose URIs have `authority`. */
export function accountOfAuthority<A extends { keyPrefix: string }>(accounts: readonly A[], authority: string): A | undefined {
  return accounts.find((a) => uriAuthority(a) === authority);
}

export function itemUri(keyPrefix: string, collection: PaymoCollection, id: PaymoId): vscode.Uri {
  return vscode.Uri.from({ scheme: ITEM_SCHEME, authority: uriAuthority({ keyPrefix }), path: `/${collection}/${id}` });
}

export function itemOfUri(uri: vscode.Uri): ItemRef | undefined {
  if (uri.scheme !== ITEM_SCHEME) return undefined;
  const [, collection, id] = uri.path.split('/');
  if (collection !== 'clients' && collection !== 'clientcontacts') return undefined;
  return { authority: uri.authority, collection, id: Number(id) };
}
