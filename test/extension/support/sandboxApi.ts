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
