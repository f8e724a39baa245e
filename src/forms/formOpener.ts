// Opening the forms of one kind: for a record (revealing its panel when one is open), for a new
// record (with pickers preset when known, e.g. a new contact's client), and restoring panels after
// a window reload.
import type * as vscode from 'vscode';
import type { Services } from '../services';
import { recordKey } from '../shared/formKind';
import type { FormRecord, FormState, FormValues } from '../shared/formMessages';
import { blankValues, valuesOf } from '../shared/formValues';
import type { DraftStore } from './draftStore';
import type { FormKindHost } from './formKindHost';
import { FormPanel } from './formPanel';
import type { FormPanels } from './formPanels';
import { parseFormState } from './webviewMessages';

export class FormOpener {
  constructor(
    private readonly services: Services,
    private readonly host: FormKindHost,
    private readonly panels: FormPanels,
    private readonly drafts: DraftStore,
  ) {}

  edit(record: FormRecord): void {
    const { kind } = this.host;
    this.show({ key: recordKey(kind, record.id), mode: 'edit', base: record, values: valuesOf(kind, record) });
  }

  /** `preset`: picker values the create was started with (a client's node for a new contact). */
  create(preset: FormValues = {}): void {
    const { kind } = this.host;
    // A kept draft wins, but takes a preset for each picker it left empty.
    this.show({ key: kind.newKey, mode: 'create', base: null, values: blankValues(kind, preset) }, (draft) => {
      const values = { ...draft.values };
      for (const [field, value] of Object.entries(preset)) if (values[field] === null) values[field] = value;
      return { ...draft, values };
    });
  }

  /** The serializer's state is whatever the page stored; anything else (an older version) is dropped. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const restored = parseFormState(this.host, state);
    if (!restored || this.panels.find(restored.key)) {
      panel.dispose();
      return;
    }
    this.panels.add(new FormPanel(this.services, this.host, this.drafts, panel, restored, true));
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
    this.panels.add(FormPanel.open(this.services, this.host, this.drafts, state, draft !== undefined));
  }
}
