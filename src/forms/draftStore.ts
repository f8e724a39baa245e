// A backup of each form's unsaved values in workspace state, so that closing a panel by mistake
// loses nothing: opening the same contact (or the create form) again brings them back. The
// webview's own `setState` covers hiding and reloading; this covers closing. Never a password or
// image bytes (FormState has neither). Drafts belong to one user on one server (contact ids are
// only unique there) and are forgotten when the user signs out.
import type * as vscode from 'vscode';
import { ADDED_KEY_PREFIX } from '../auth/accountSlot';
import type { FormState } from '../webviewContract/formMessages';

const PREFIX = 'paymoContacts.formDraft:';
const ACCOUNT_PREFIX = new RegExp(`^${ADDED_KEY_PREFIX}`);

export class DraftStore {
  /** `owner`: who the drafts belong to now (`ownerKey` of src/auth/accountOwner.ts); undefined when nobody has signed in yet. */
  constructor(
    private readonly memento: vscode.Memento,
    private readonly owner: () => string | undefined,
  ) {}

  get(key: string): FormState | undefined {
    const stored = this.stored(key);
    return stored ? this.memento.get<FormState>(stored) : undefined;
  }

  async set(state: FormState): Promise<void> {
    const stored = this.stored(state.key);
    if (stored) await this.memento.update(stored, state);
  }

  async delete(key: string): Promise<void> {
    const stored = this.stored(key);
    if (stored) await this.memento.update(stored, undefined);
  }

  /** One user's drafts (sign-out: no client data stays behind; another account's drafts stay theirs). */
  static async clear(memento: vscode.Memento, owner: string): Promise<void> {
    await Promise.all(
      memento
        .keys()
        .filter((k) => k.startsWith(`${PREFIX}${owner}:`))
        .map((k) => memento.update(k, undefined)),
    );
  }

  private stored(key: string): string | undefined {
    const owner = this.owner();
    // The owner says whose draft it is: an account's slot prefix (`a2/`) is left out, so that a draft
    // still opens after that account is signed in again in another slot.
    return owner && `${PREFIX}${owner}:${key.replace(ACCOUNT_PREFIX, '')}`;
  }
}
