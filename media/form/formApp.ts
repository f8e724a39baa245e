// A form's page, of any kind: builds the form its kind describes when the host sends `init`, keeps
// the page's saved state in step with what is typed, validates as the user types, and turns the
// host's answers into what the user sees. Every value the user typed stays in the fields whatever
// the answer.
import type { FormKind } from '../../src/webviewContract/formKind';
import { FORM_KIND_BY_NAME } from '../../src/webviewContract/formKindByName';
import type { ErrorTarget, FormFailure, FormState, FormStrings, HostMessage, WebviewMessage } from '../../src/webviewContract/formMessages';
import { validate } from '../../src/webviewContract/formValidation';
import { changedFields, loadedValues } from '../../src/webviewContract/formValues';
import { DetailsSection } from './detailsSection';
import { fmt, h } from './dom';
import { FormFields } from './fields';
import { host } from './hostBridge';
import { ImageSection, type ImageChoice } from './imageSection';
import { Notices, type ConflictChoice } from './notices';

type Init = Extract<HostMessage, { type: 'init' }>;

interface View {
  init: Init;
  kind: FormKind;
  fields: FormFields;
  image: ImageSection;
  details: DetailsSection;
  detailsSection: HTMLElement;
  notices: Notices;
  title: HTMLElement;
  /** Why the form cannot be changed (the account's Paymo role), when it cannot. */
  readOnlyNote: HTMLElement;
  save: HTMLElement & { disabled: boolean };
  discard: HTMLElement & { disabled: boolean; hidden: boolean };
  progress: HTMLElement;
  status: HTMLElement;
}

export class FormApp {
  private view: View | undefined;
  private state: FormState | undefined;
  private busy = false;
  private readOnly = false;
  private requestId = 0;
  /** Fields the user has been in, or all after a save attempt: errors show there only. */
  private readonly touched = new Set<ErrorTarget>();
  private serverErrors: Partial<Record<ErrorTarget, string>> = {};
  private readonly pendingImages = new Map<number, string>();

  constructor(private readonly root: HTMLElement) {}

  start(): void {
    host.onMessage((message) => void this.receive(message));
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        this.save({});
      }
    });
    host.post({ type: 'ready' });
  }

  private async receive(message: HostMessage): Promise<void> {
    switch (message.type) {
      case 'init':
        await this.build(message);
        this.apply(message.state);
        this.setReadOnly(message.readOnly);
        if (message.restoredDraft) this.view!.notices.info(message.strings.draftRestored);
        if (message.lostImageName) this.view!.image.setMessage(fmt(message.strings.imageLost, message.lostImageName), true);
        return;
      case 'reset':
        this.view?.notices.clear();
        this.apply(message.state);
        return;
      case 'saved':
        this.setBusy(false);
        this.view?.fields.clearWriteOnly();
        this.apply(message.state);
        this.view?.notices.info(message.created ? this.strings.created : this.strings.saved);
        return;
      case 'saveFailed':
        this.setBusy(false);
        // Part of the save went through: the base moved on, the typed values stay.
        if (message.state && this.state) this.apply({ ...message.state, values: this.state.values });
        this.showFailure(message.failure);
        return;
      case 'conflict':
        this.setBusy(false);
        this.view?.notices.conflict(message.changes, this.view.kind, this.view.init, (choice) => this.resolve(choice));
        return;
      case 'deleted':
        this.setBusy(false);
        this.view?.notices.deleted(() => this.save({ asNew: true }));
        return;
      case 'readOnly':
        this.setReadOnly(message.reason);
        return;
      case 'clients':
        if (!this.view || !this.state) return;
        this.view = { ...this.view, init: { ...this.view.init, clients: message.clients } };
        await this.view.fields.setClients(message.clients, this.state.values, message.selected);
        // The client just created from this form: chosen as if the user had picked it.
        if (message.selected !== undefined) this.edited();
        return;
      case 'imageChecked': {
        const fileName = this.pendingImages.get(message.requestId);
        this.pendingImages.delete(message.requestId);
        if (!this.view || !this.state) return;
        const accepted = message.error ? undefined : fileName;
        this.update({ ...this.state, imageName: accepted });
        this.view.image.show(this.state.base, accepted);
        if (message.error) this.view.image.setMessage(message.error, true);
        return;
      }
    }
  }

  private get strings(): FormStrings {
    return this.view!.init.strings;
  }

  private async build(init: Init): Promise<void> {
    const s = init.strings;
    const kind = FORM_KIND_BY_NAME[init.kind];
    const fields = new FormFields(
      kind,
      s,
      init.fields,
      () => this.edited(),
      () => host.post({ type: 'createClient' }),
    );
    const image = new ImageSection(
      s,
      init.maxImageBytes,
      (choice) => this.chooseImage(choice),
      () => this.post({ type: 'clearImage' }, { imageName: undefined }),
    );
    const details = new DetailsSection(s, init.locale);
    const notices = new Notices(s, () => host.post({ type: 'showLog' }));
    const save = h('vscode-button', { id: 'save' });
    const discard = h('vscode-button', { id: 'discard', secondary: true }, s.discard);
    const progress = h('vscode-progress-ring', { hidden: true, ariaLabel: s.saving });
    const status = h('span', { className: 'status', role: 'status' });
    save.addEventListener('click', () => this.save({}));
    discard.addEventListener('click', () => host.post({ type: 'discard' }));
    void fields.setClients(init.clients, init.state.values);
    const title = h('h1', { className: 'title' });
    const readOnlyNote = h('p', { className: 'banner info', id: 'read-only', role: 'note', hidden: true });
    const section = (heading: string, ...content: HTMLElement[]) => h('section', {}, h('h2', {}, heading), ...content);
    const detailsSection = section(s.sectionDetails, details.root);
    this.root.replaceChildren(
      title,
      readOnlyNote,
      notices.root,
      section(s.sectionImage, image.root),
      ...kind.sections.map((spec) => section(s[spec.heading], ...fields.section(spec))),
      detailsSection,
      h('div', { className: 'actions' }, save, discard, progress, status),
    );
    await fields.rendered();
    this.root.removeAttribute('aria-busy');
    this.view = { init, kind, fields, image, details, detailsSection, notices, title, readOnlyNote, save, discard, progress, status };
    this.touched.clear();
  }

  /** Shows a state from the host (or a saved one) in the fields. */
  private apply(state: FormState): void {
    const view = this.view;
    if (!view) return;
    this.serverErrors = {};
    view.fields.write(state.values, state.base);
    view.image.show(state.base, state.imageName);
    view.details.show(state.base);
    view.detailsSection.hidden = state.base === null;
    view.save.textContent = state.mode === 'create' ? this.strings.create : this.strings.save;
    this.update(state);
  }

  /** The user changed a field. */
  private edited(): void {
    if (!this.view || !this.state) return;
    const values = this.view.fields.read();
    for (const field of changedFields(this.state.values, values)) {
      this.touched.add(field);
      delete this.serverErrors[field];
    }
    if (this.view.fields.writeOnly('password')) this.touched.add('password');
    // Text fields fire both `input` and `change`: tell the host once per actual change.
    const changed = changedFields(this.state.values, values).length > 0;
    this.update({ ...this.state, values });
    if (changed) host.post({ type: 'edit', values });
  }

  private update(state: FormState): void {
    const { imageName, ...rest } = state;
    this.state = imageName === undefined ? rest : state;
    host.persist(this.state);
    this.refresh();
  }

  /** Title, change marks and validation messages for the current values. */
  private refresh(): void {
    const { view, state } = this;
    if (!view || !state) return;
    const changed = changedFields(loadedValues(view.kind, state), state.values);
    const dirty = changed.length > 0 || state.imageName !== undefined;
    const name = String(state.values.name ?? '').trim() || (state.mode === 'create' ? this.strings.titleNew : (state.base?.name ?? ''));
    view.title.textContent = name;
    view.title.classList.toggle('dirty', dirty);
    view.title.title = dirty ? this.strings.unsaved : '';
    view.fields.markChanged(state.mode === 'edit' ? changed : []);
    view.discard.hidden = !dirty || this.readOnly;
    const errors = this.errors();
    const shown: Partial<Record<ErrorTarget, string>> = { ...this.serverErrors };
    for (const [target, key] of Object.entries(errors) as [ErrorTarget, keyof FormStrings][]) {
      if (this.touched.has(target)) shown[target] ??= this.strings[key];
    }
    view.fields.showErrors(shown);
  }

  private errors() {
    const { kind, fields } = this.view!;
    return validate(kind, this.state!.values, { passwordGiven: fields.writeOnly('password').length > 0, base: this.state!.base });
  }

  private save(options: { asNew?: boolean; overwrite?: boolean }): void {
    const { view, state } = this;
    if (!view || !state || this.busy || this.readOnly) return;
    const errors = Object.keys(this.errors()) as ErrorTarget[];
    if (errors.length > 0) {
      errors.forEach((target) => this.touched.add(target));
      this.refresh();
      view.notices.failure({ message: this.strings.fixErrors, hint: '' }, false);
      view.fields.focus(errors[0]);
      return;
    }
    view.notices.clear();
    this.setBusy(true);
    const password = view.fields.writeOnly('password');
    host.post({ type: 'save', requestId: ++this.requestId, values: state.values, ...(password ? { password } : {}), ...options });
  }

  private resolve(choice: ConflictChoice): void {
    if (choice === 'overwrite') this.save({ overwrite: true });
    else host.post({ type: 'resolveConflict', choice });
  }

  private chooseImage(choice: ImageChoice): void {
    const requestId = ++this.requestId;
    this.pendingImages.set(requestId, choice.fileName);
    host.post({ type: 'chooseImage', requestId, fileName: choice.fileName, bytes: choice.bytes });
  }

  private post(message: WebviewMessage, change: Partial<FormState>): void {
    host.post(message);
    if (this.state) this.apply({ ...this.state, ...change });
  }

  private showFailure(failure: FormFailure): void {
    const view = this.view!;
    if (failure.field && view.fields.has(failure.field)) {
      this.serverErrors = { [failure.field]: `${failure.message} ${failure.hint}` };
      this.refresh();
      view.fields.focus(failure.field);
    } else if (failure.field === 'image') {
      view.image.setMessage(failure.message, true);
    } else {
      view.notices.failure(failure, true);
    }
  }

  /** `reason`: the account's role may not save this form; the fields show what is there and cannot change. */
  private setReadOnly(reason: string | undefined): void {
    const view = this.view;
    if (!view) return;
    this.readOnly = reason !== undefined;
    view.readOnlyNote.textContent = reason ?? '';
    view.readOnlyNote.hidden = !this.readOnly;
    view.fields.setReadOnly(this.readOnly);
    view.image.setReadOnly(this.readOnly);
    view.save.hidden = this.readOnly;
    this.refresh();
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    const view = this.view;
    if (!view) return;
    view.fields.setDisabled(busy);
    view.image.setDisabled(busy);
    view.save.disabled = busy;
    view.discard.disabled = busy;
    view.progress.hidden = !busy;
    view.status.textContent = busy ? this.strings.saving : '';
    this.root.setAttribute('aria-busy', String(busy));
  }
}
