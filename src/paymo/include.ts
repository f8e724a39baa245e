// `include` lists, checked so that a caller's value cannot smuggle other query parameters in.
import { PaymoInvalidInputError } from './errors';

/** What a contact can include: its parent client, or some of the client's fields (`client.name`). */
export type ContactInclude = 'client' | `client.${string}`;
/** What a client can include (Paymo's own list; this product uses `clientcontacts`). */
export type ClientInclude = 'clientcontacts' | 'projects' | 'invoices' | 'recurringprofiles' | `${'clientcontacts' | 'projects'}.${string}`;

const PATH = /^[a-z_]+(\.[a-z_]+)*$/;

/** `['client', 'client.name']` -> `client,client.name`; undefined when there is nothing to include. */
export function includeParam(includes: readonly string[] | undefined): string | undefined {
  if (!includes || includes.length === 0) return undefined;
  for (const item of includes) {
    if (!PATH.test(item)) throw new PaymoInvalidInputError({ kind: 'include', item });
  }
  return [...new Set(includes)].join(',');
}
