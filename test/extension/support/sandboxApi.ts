// The suite's sandbox's Paymo API called directly, as "someone else" (another user, another tool):
// what the server holds, set-up data and changes behind the extension's back. Not the client under test.
import { apiKeyAuth } from '../../support/sandboxControl';
import { suiteSandbox } from './sandbox';

/** One authenticated JSON request, e.g. `sandboxApi('PUT', 'clientcontacts/7', { name })`. */
export async function sandboxApi<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const sandbox = suiteSandbox();
  const res = await fetch(new URL(path, sandbox.apiUrl), {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: apiKeyAuth(sandbox),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** The collections the tests read and prepare; Paymo's envelope names its records by the collection. */
export type Collection = 'clients' | 'clientcontacts';
type Envelope<T> = Partial<Record<Collection, T[]>>;

/** The record as the server has it now, or `undefined` once it is gone (404). */
export async function serverRecord<T>(collection: Collection, id: number): Promise<T | undefined> {
  const { status, json } = await sandboxApi<Envelope<T>>('GET', `${collection}/${id}`);
  if (status === 404) return undefined;
  if (status !== 200) throw new Error(`GET ${collection}/${id} answered ${status}`);
  return json[collection]![0];
}

/** The records the server lists for a `where` filter, e.g. `client_id=7`. */
export async function serverRecords<T>(collection: Collection, where: string): Promise<T[]> {
  const { status, json } = await sandboxApi<Envelope<T>>('GET', `${collection}?where=${encodeURIComponent(where)}`);
  if (status !== 200) throw new Error(`GET ${collection} where ${where} answered ${status}`);
  return json[collection]!;
}

/** A new record made directly on the server (test set-up, not the code under test). */
export async function createOnServer<T>(collection: Collection, fields: object): Promise<T> {
  const { status, json } = await sandboxApi<Envelope<T>>('POST', collection, fields);
  if (status !== 201) throw new Error(`POST ${collection} answered ${status}: ${JSON.stringify(json)}`);
  return json[collection]![0]!;
}
