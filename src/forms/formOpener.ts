// Opening the forms of one kind: for a record (revealing its panel when one is open), for a new
// record (with pickers preset when known, e.g. a new contact's client), and restoring panels after
// a window reload. A form belongs to one account: an added account's keys start with its prefix (`a2/`).
import type * as vscode from 'vscode';
import type { Services } from '../services';
import { recordKey } from '../webviewContract/formKind';
import type { FormRecord, FormState, FormValues } from '../webviewContract/formMessages';
import { blankValues, valuesOf } from '../webviewContract/formValues';
import type { Account } from '../accounts/account';
import type { DraftStore } from './draftStore';
import type { FormKindHost } from './formKindHost';
import { FormPanel } from './formPanel';
import type { OpenForms } from './openForms';
import { parseFormState } from './webviewMessages';

export class FormOpener {
  constructor(
    private readonly host: FormKindHost,
    private readonly forms: OpenForms,
    private readonly drafts: (account: Account) => DraftStore,
  ) {}

  edit(services: Services, record: FormRecord): void {
    const { kind } = this.host;
    const key = services.account.keyPrefix + recordKey(kind, record.id);
    this.show(services, { key, mode: 'edit', base: record, values: valuesOf(kind, record) });
  }

  /** `preset`: picker values the create was started with (a client's node for a new contact). */
  create(services: Services, preset: FormValues = {}): void {
    const { kind } = this.host;
    const key = services.account.keyPrefix + kind.newKey;
    // A kept draft wins, but takes a preset for each picker it left empty.
    this.show(services, { key, mode: 'create', base: null, values: blankValues(kind, preset) }, (draft) => {
      const values = { ...draft.values };
      for (const [field, value] of Object.entries(preset)) if (values[field] === null) values[field] = value;
      return { ...draft, values };
    });
  }

  /** The serializer's state is whatever the page stored; anything else (an older version) is dropped. */
  restore(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const restored = parseFormState(this.host, state);
    if (!restored || this.forms.find(restored.key)) {
      panel.dispose();
      return;
    }
    this.forms.add(new FormPanel(services, this.host, this.drafts(services.account), panel, restored, true));
  }

  /** Reveals the form open for `fresh.key`, or opens one from the draft kept for it, or from `fresh`. */
  private show(services: Services, fresh: FormState, adaptDraft: (draft: FormState) => FormState = (draft) => draft): void {
    const open = this.forms.find(fresh.key);
    if (open) {
      open.reveal();
      return;
    }
    const drafts = this.drafts(services.account);
    const draft = drafts.get(fresh.key);
    // A draft kept from another slot of the same account takes this slot's key.
    const state = draft ? { ...adaptDraft(draft), key: fresh.key } : fresh;
    this.forms.add(FormPanel.open(services, this.host, drafts, state, draft !== undefined));
  }
}
