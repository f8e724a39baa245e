// How an account is named where VS Code lists accounts and in the tree: "user — company", with the
// server's host after it when that is not Paymo's own (the sandbox, a company's own address), or
// "user — host" when the server did not say the company.
import { DEFAULT_BASE_URL } from './apiSettings';

export function accountLabel(userName: string, baseUrl: string, company: string | undefined): string {
  const { host } = new URL(baseUrl);
  if (!company) return `${userName} — ${host}`;
  return baseUrl === DEFAULT_BASE_URL ? `${userName} — ${company}` : `${userName} — ${company} (${host})`;
}
