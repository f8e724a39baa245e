// The name of the Paymo account (its company) for labels such as "user — company". Not every
// Paymo-compatible server has `GET /api/company`, and a label is no reason to fail a sign-in: any
// failure (404, 403, network, an answer in another shape, a blank name) is `undefined`, and the
// caller falls back to the server's host.
import type { PaymoApi } from './api';

export async function companyName(api: Pick<PaymoApi, 'getCompany'>, signal?: AbortSignal): Promise<string | undefined> {
  try {
    // One line, whatever Paymo stored: the label is one line too.
    const name = (await api.getCompany(signal)).name.replace(/\s+/g, ' ').trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}
