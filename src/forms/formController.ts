// The host side of one form, of any kind: holds what the form is based on and what the user typed,
// answers the webview's messages, and runs saves. Knows nothing about the webview panel itself;
// what differs between kinds comes from its `FormKindHost`.
import * as vscode from 'vscode';
import { checkImage, PaymoOutcomeUnknownError, type Client, type ImageUpload } from '../paymo';
import type { Services } from '../services';
import { recordKey } from '../webviewContract/formKind';
import type { ClientOption, FormRecord, FormState, FormValues, HostMessage, WebviewMessage } from '../webviewContract/formMessages';
import { validate } from '../webviewContract/formValidation';
import { changedFields, loadedValues, rebase, serverChanges, valuesOf } from '../webviewContract/formValues';
import type { DraftStore } from './draftStore';
import { formFailure } from './formFailure';
import { clientOptions, formInit, hasClientPicker } from './formInit';
import type { FormKindHost } from './formKindHost';
import { readOnlyReason } from './readOnlyReason';
import { newRecordOf } from './recordPatch';
import { saveForm, type SaveOutcome, type UncertainCreate } from './saveForm';
import { walkthroughStepDone } from '../ui/walkthrough';

type SaveMessage = Extract<WebviewMessage, { type: 'save' }>;

export class FormController implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The title or the key changed. */
  readonly onDidChange = this.changed.event;
  private image: ImageUpload | undefined;
  /** The server's newer version, while the user decides what to do about it. */
  private conflict: FormRecord | undefined;
  private saving = false;
  /** Set by a create that may have gone through; kept until a save succeeds. */
  private uncertainCreate: UncertainCreate | undefined;
  /** The form's record was deleted elsewhere: only then may a save create it anew (`asNew`). */
  private deletedElsewhere = false;
  private readonly listeners: { dispose(): void }[];
  /** Why the form is read-only (the account's role), as the page was last told. */
  private readOnly: string | undefined;
  /** The client picker's entries as last sent to the page. */
  private clientsShown: ClientOption[] = [];

  constructor(
    private readonly services: Services,
    private readonly host: FormKindHost,
    private readonly drafts: DraftStore,
    private readonly post: (message: HostMessage) => void,
    private state: FormState,
    /** Whether the state came back from a draft (closed panel, reloaded window) rather than the server. */
    private restored: boolean,
  ) {
    this.readOnly = readOnlyReason(services.auth, host.kind.name);
    this.listeners = [
      services.store.onDidChange((change) => {
        const clients = clientOptions(services.store);
        const changed = change.kind === 'all' || JSON.stringify(clients) !== JSON.stringify(this.clientsShown);
        if (changed && hasClientPicker(host.kind)) this.postClients(clients);
        if (this.adoptLatest()) this.post({ type: 'reset', state: this.snapshot });
      }),
      // A role learnt anew (a refresh, Paymo refusing something, another window) opens or closes the form to changes.
      services.auth.onDidChangeRole(() => this.followRole()),
      services.auth.onDidChange(() => this.followRole()),
    ];
  }

  get key(): string {
    return this.state.key;
  }
  get snapshot(): FormState {
    return structuredClone(this.state);
  }

  get dirty(): boolean {
    return changedFields(loadedValues(this.host.kind, this.state), this.state.values).length > 0 || this.image !== undefined;
  }

  get title(): string {
    const typed = String(this.state.values.name ?? '').trim();
    const name = this.state.mode === 'create' ? this.host.strings().titleNew : typed || this.state.base?.name || this.host.untitled();
    return this.dirty ? `● ${name}` : name;
  }

  async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.sendInit();
      case 'edit':
        return this.update({ ...this.state, values: message.values });
      case 'save':
        return this.save(message);
      case 'resolveConflict':
        return this.resolveConflict(message.choice);
      case 'chooseImage':
        return this.chooseImage(message.requestId, message.fileName, message.bytes);
      case 'clearImage':
        this.image = undefined;
        return this.update(withoutImage(this.state));
      case 'createClient':
        return this.createClient();
      case 'discard':
        this.image = undefined;
        return this.reset({ ...withoutImage(this.state), values: loadedValues(this.host.kind, this.state) });
      case 'showLog':
        await vscode.commands.executeCommand('paymoContacts.showLog');
        return;
    }
  }

  /**
   * A form without edits follows the store, so that a change made elsewhere (a command in the tree,
   * a refresh) shows at once. Returns whether the form changed.
   */
  private adoptLatest(): boolean {
    const { base } = this.state;
    const latest = base ? this.host.stored(this.services.store, base.id) : undefined;
    if (!latest || latest.updated_on === base?.updated_on || this.dirty || this.saving || this.conflict) return false;
    this.state = { ...this.state, base: latest, values: valuesOf(this.host.kind, latest) };
    this.changed.fire();
    return true;
  }

  private sendInit(): void {
    this.adoptLatest();
    // Image bytes live only in this object: after a window reload the user must pick the file again.
    const lostImageName = this.image === undefined ? this.state.imageName : undefined;
    if (lostImageName !== undefined) this.state = withoutImage(this.state);
    const restoredDraft = this.restored && this.dirty;
    this.restored = false;
    this.readOnly = readOnlyReason(this.services.auth, this.host.kind.name);
    const init = formInit(this.host, this.services.store, this.state, {
      restoredDraft,
      ...(lostImageName ? { lostImageName } : {}),
      ...(this.readOnly ? { readOnly: this.readOnly } : {}),
    });
    if (init.type === 'init') this.clientsShown = init.clients;
    this.post(init);
  }

  private followRole(): void {
    const reason = readOnlyReason(this.services.auth, this.host.kind.name);
    if (reason === this.readOnly) return;
    this.readOnly = reason;
    this.post({ type: 'readOnly', ...(reason ? { reason } : {}) });
  }

  private postClients(clients: ClientOption[], selected?: number): void {
    this.clientsShown = clients;
    this.post({ type: 'clients', clients, ...(selected === undefined ? {} : { selected }) });
  }

  /** "New client…" in the picker: the Create Client command asks for it; the page then chooses it. */
  private async createClient(): Promise<void> {
    const client = await vscode.commands.executeCommand<Client | undefined>('paymoContacts.createClient', { fromForm: true });
    if (client) this.postClients(clientOptions(this.services.store), client.id);
  }

  private async update(state: FormState): Promise<void> {
    const key = this.state.key;
    this.state = state;
    this.changed.fire();
    if (key !== state.key) await this.drafts.delete(key);
    await (this.dirty ? this.drafts.set(state) : this.drafts.delete(state.key));
  }

  private async reset(state: FormState): Promise<void> {
    this.conflict = undefined;
    await this.update(state);
    this.post({ type: 'reset', state: this.snapshot });
  }

  private async resolveConflict(choice: 'reload' | 'keepEditing'): Promise<void> {
    const server = this.conflict;
    if (!server) return;
    const serverValues = valuesOf(this.host.kind, server);
    const values = choice === 'reload' ? serverValues : rebase(loadedValues(this.host.kind, this.state), this.state.values, serverValues);
    if (choice === 'reload') this.image = undefined;
    await this.reset({ ...(choice === 'reload' ? withoutImage(this.state) : this.state), base: server, values });
  }

  private async chooseImage(requestId: number, fileName: string, bytes: Uint8Array): Promise<void> {
    try {
      checkImage(bytes, fileName);
      this.image = { bytes, fileName };
      await this.update({ ...this.state, imageName: fileName });
      this.post({ type: 'imageChecked', requestId });
    } catch (error) {
      this.image = undefined;
      await this.update(withoutImage(this.state));
      this.post({ type: 'imageChecked', requestId, error: formFailure(error).message });
    }
  }

  private async save(message: SaveMessage): Promise<void> {
    // Set before the first await: a second save arriving meanwhile must not send a second create.
    if (this.saving) return;
    this.saving = true;
    try {
      const { requestId, password } = message;
      let base = message.asNew && this.deletedElsewhere ? null : this.state.base;
      let values = message.values;
      if (message.overwrite && this.conflict && base) {
        values = rebase(valuesOf(this.host.kind, base), values, valuesOf(this.host.kind, this.conflict));
        base = this.conflict;
      }
      await this.update({ ...this.state, values });
      const invalid = Object.keys(validate(this.host.kind, values, { passwordGiven: !!password, base }));
      if (invalid.length > 0) {
        this.post({
          type: 'saveFailed',
          requestId,
          failure: { message: vscode.l10n.t('Some fields need attention.'), hint: vscode.l10n.t('Correct the marked fields, then save again.') },
        });
        return;
      }
      try {
        const outcome = await saveForm(this.host, this.services.auth.api(), this.services.store, {
          base,
          values,
          ...(password ? { password } : {}),
          ...(this.image ? { image: this.image } : {}),
          ...(base === null && this.uncertainCreate ? { uncertainCreate: this.uncertainCreate } : {}),
        });
        await this.settle(requestId, base, values, outcome);
      } catch (error) {
        // No client (signed out): nothing was sent.
        this.services.log.error(`Saving the ${this.host.logName} form failed: ${formFailure(error).message}`);
        this.post({ type: 'saveFailed', requestId, failure: formFailure(error, this.host.kind) });
      }
    } finally {
      this.saving = false;
    }
  }

  private async settle(requestId: number, base: FormRecord | null, values: FormValues, outcome: SaveOutcome): Promise<void> {
    const { kind } = this.host;
    switch (outcome.kind) {
      case 'saved': {
        this.image = undefined;
        this.conflict = undefined;
        this.uncertainCreate = undefined;
        this.deletedElsewhere = false;
        const { record } = outcome;
        await this.update({ key: this.services.account.keyPrefix + recordKey(kind, record.id), mode: 'edit', base: record, values: valuesOf(kind, record) });
        this.post({ type: 'saved', requestId, state: this.snapshot, created: outcome.created });
        if (outcome.created && kind.name === 'contact') walkthroughStepDone('createdContact');
        if (outcome.created) await this.host.reveal(this.services, record.id);
        return;
      }
      case 'conflict': {
        this.conflict = outcome.server;
        this.host.keep(this.services.store, outcome.server);
        const loaded = base ? valuesOf(kind, base) : values;
        this.post({ type: 'conflict', requestId, server: outcome.server, changes: serverChanges(loaded, valuesOf(kind, outcome.server), values) });
        return;
      }
      case 'deleted': {
        if (base) this.host.forget(this.services.store, base.id);
        this.deletedElsewhere = true;
        this.post({ type: 'deleted', requestId });
        return;
      }
      case 'failed': {
        const failure = formFailure(outcome.error, kind);
        this.services.log.error(`Saving the ${this.host.logName} form failed: ${failure.message}`);
        if (outcome.imageSent) this.image = undefined;
        if (!outcome.record && base === null && outcome.error instanceof PaymoOutcomeUnknownError) {
          // The first such failure counts: a refresh since may already list the record it made.
          const sent = newRecordOf(kind, values);
          this.uncertainCreate ??= { sent, knownBefore: this.host.named(this.services.store, String(sent.name)).map((r) => r.id) };
        }
        if (!outcome.record) {
          this.post({ type: 'saveFailed', requestId, failure });
          return;
        }
        // Part of the save went through: the form is now based on what the server has.
        const partial = {
          ...this.state,
          key: this.services.account.keyPrefix + recordKey(kind, outcome.record.id),
          mode: 'edit' as const,
          base: outcome.record,
          values,
        };
        await this.update(outcome.imageSent ? withoutImage(partial) : partial);
        this.post({ type: 'saveFailed', requestId, failure, state: this.snapshot });
        return;
      }
    }
  }

  dispose(): void {
    this.listeners.forEach((listener) => listener.dispose());
    this.changed.dispose();
  }
}

function withoutImage(state: FormState): FormState {
  const { imageName: _dropped, ...rest } = state;
  return rest;
}
