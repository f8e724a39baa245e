// A backup of each form's unsaved values in workspace state, so that closing a panel by mistake
// loses nothing: opening the same contact (or the create form) again brings them back. The
// webview's own `setState` covers hiding and reloading; this covers closing. Never a password or
// image bytes (FormState has neither).
import type * as vscode from 'vscode';
import type { FormState } from '../shared/formMessages';

const PREFIX = 'paymoContacts.formDraft:';

export class DraftStore {
  constructor(private readonly memento: vscode.Memento) {}

  get(key: string): FormState | undefined {
    return this.memento.get<FormState>(PREFIX + key);
  }

  async set(state: FormState): Promise<void> {
    await this.memento.update(PREFIX + state.key, state);
  }

  async delete(key: string): Promise<void> {
    await this.memento.update(PREFIX + key, undefined);
  }
}
