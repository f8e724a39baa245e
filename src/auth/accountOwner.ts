// Whose data something is: one Paymo user on one server. The tree's cache and the forms' drafts
// belong to one owner, so that another sign-in (another user, or the same id on another server)
// never sees them.

export interface AccountOwner {
  userId: number;
  /** Normalised by `parseBaseUrl`, so that one server has one key. */
  baseUrl: string;
}

/** The owner as one string, `userId@baseUrl`: the key's part of what is stored per owner. */
export function ownerKey(owner: AccountOwner): string {
  return `${owner.userId}@${owner.baseUrl}`;
}
