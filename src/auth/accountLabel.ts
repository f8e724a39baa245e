// How an account is named where VS Code lists accounts and in the tree: "user — company", with the
// server's host after it when that is not Paymo's own (the sandbox, a company's own address), or
// "user — host" when the server did not say the company. When another account listed beside it
// would read the same but for its server (the same user and company on two servers), the server
// comes first: VS Code cuts long labels at the end, and the part that tells the two apart must show.
import { DEFAULT_BASE_URL } from './apiSettings';

/** What an account's label is made of. */
export interface AccountIdentity {
  userName: string;
  baseUrl: string;
  company: string | undefined;
}

/** The label of `account`, told apart from those of `others` (the other accounts listed with it). */
export function accountLabel(account: AccountIdentity, others: readonly AccountIdentity[] = []): string {
  const { host } = new URL(account.baseUrl);
  const twins = others.filter((other) => other.baseUrl !== account.baseUrl && name(other) === name(account));
  if (!twins.length) {
    if (!account.company) return `${account.userName} — ${host}`;
    return account.baseUrl === DEFAULT_BASE_URL ? name(account) : `${name(account)} (${host})`;
  }
  // Two servers on one host differ in their path: then the path is part of what comes first.
  const sameHost = twins.some((other) => new URL(other.baseUrl).host === host);
  return `${sameHost ? serverAddress(account.baseUrl) : host} — ${name(account)}`;
}

function name({ userName, company }: AccountIdentity): string {
  return company ? `${userName} — ${company}` : userName;
}

/** The server's address without its scheme or the trailing slash: `host/path`. */
function serverAddress(baseUrl: string): string {
  const { host, pathname } = new URL(baseUrl);
  return `${host}${pathname}`.replace(/\/+$/, '');
}
