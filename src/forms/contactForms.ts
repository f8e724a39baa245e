// Opening contact forms: for a contact (revealing its panel when one is open), for a new contact
// (with the client preselected when known), and restoring panels after a window reload.
import type * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import type { FormState } from '../shared/formMessages';
import { blankValues, valuesOf } from '../shared/formValues';
import { ContactFormPanel } from './contactFormPanel';
import type { DraftStore } from './draftStore';
import { contactKey, NEW_CONTACT_KEY } from './formKeys';
import type { FormPanels } from './formPanels';
import { parseFormState } from './webviewMessages';

export class ContactForms {
  constructor(
    private readonly services: Services,
    private readonly panels: FormPanels,
    private readonly drafts: DraftStore,
  ) {}

  edit(contact: ClientContact): void {
    this.show({ key: contactKey(contact.id), mode: 'edit', base: contact, values: valuesOf(contact) });
  }

  create(clientId: number | undefined): void {
    // A kept draft wins, but takes the client this create was started from when it had none.
    this.show({ key: NEW_CONTACT_KEY, mode: 'create', base: null, values: blankValues(clientId ?? null) }, (draft) =>
      draft.values.client_id === null && clientId !== undefined ? { ...draft, values: { ...draft.values, client_id: clientId } } : draft,
    );
  }

  /** The serializer's state is whatever the page stored; anything else (an older version) is dropped. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const restored = parseFormState(state);
    if (!restored || this.panels.find(restored.key)) {
      panel.dispose();
      return;
    }
    this.panels.add(new ContactFormPanel(this.services, this.drafts, panel, restored, true));
  }

  /** Reveals the form open for `fresh.key`, or opens one from the draft kept for it, or from `fresh`. */
  private show(fresh: FormState, adaptDraft: (draft: FormState) => FormState = (draft) => draft): void {
    const open = this.panels.find(fresh.key);
    if (open) {
      open.reveal();
      return;
    }
    const draft = this.drafts.get(fresh.key);
    const state = draft ? adaptDraft(draft) : fresh;
    this.panels.add(ContactFormPanel.open(this.services, this.drafts, state, draft !== undefined));
  }
}
