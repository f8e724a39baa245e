// How an account is named where VS Code lists accounts: "user — server", the server being what tells
// one Paymo (the service itself, a company's own address, the sandbox) from another.
import type { SessionOwner } from './sessionOwner';

export function accountLabel(userName: string, owner: SessionOwner): string {
  return `${userName} — ${new URL(owner.baseUrl).host}`;
}
