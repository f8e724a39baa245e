// The form's inputs: one vscode-elements control per writable field, each in a form group with its
// label and a helper line that shows either help or the field's error.
import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextarea } from '@vscode-elements/elements/dist/vscode-textarea/vscode-textarea.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import {
  TEXT_FIELDS,
  type ClientOption,
  type ErrorTarget,
  type FormField,
  type FormStrings,
  type FormValues,
  type TextField,
} from '../../src/shared/formMessages';
import { fmt, h } from './dom';

type Control = VscodeTextfield | VscodeTextarea | VscodeSingleSelect | VscodeCheckbox;

interface Group {
  group: HTMLElement;
  control: Control;
  helper: HTMLElement;
  help: string;
  label: string;
}

/** The client picker's last entry, which asks the host to create a client instead of choosing one. */
const NEW_CLIENT = 'new';

const INPUT_TYPES: Partial<Record<TextField, VscodeTextfield['type']>> = { email: 'email', mobile: 'tel', phone: 'tel', fax: 'tel' };

export class ContactFields {
  private readonly groups = new Map<ErrorTarget, Group>();
  private readonly text = new Map<TextField, VscodeTextfield | VscodeTextarea>();
  private readonly client: VscodeSingleSelect;
  private readonly isMain: VscodeCheckbox;
  private readonly access: VscodeCheckbox;
  private readonly password: VscodeTextfield;
  /** The client chosen before "New client…", to go back to while the host creates the new one. */
  private chosenClient = '';

  constructor(
    private readonly strings: FormStrings,
    onInput: () => void,
    onNewClient: () => void,
  ) {
    // No `required` here: the form validates itself, and the element's own check fails before its first render.
    this.client = h('vscode-single-select', { id: 'field-client_id', combobox: true, filter: 'contains' });
    // Registered before `onInput`, so that the form never reads "New client…" as its client.
    this.client.addEventListener('change', () => {
      if (this.client.value !== NEW_CLIENT) {
        this.chosenClient = this.client.value;
        return;
      }
      this.client.value = this.chosenClient;
      onNewClient();
    });
    for (const field of TEXT_FIELDS) {
      this.text.set(
        field,
        field === 'notes'
          ? h('vscode-textarea', { id: 'field-notes', rows: 4, resize: 'vertical' })
          : h('vscode-textfield', { id: `field-${field}`, type: INPUT_TYPES[field] ?? 'text', required: field === 'name' }),
      );
    }
    this.isMain = h('vscode-checkbox', { id: 'field-is_main', label: strings.isMain });
    this.access = h('vscode-checkbox', { id: 'field-access', label: strings.access });
    this.password = h('vscode-textfield', { id: 'field-password', type: 'password', autocomplete: 'off' });
    for (const control of this.controls()) {
      control.addEventListener('input', onInput);
      control.addEventListener('change', onInput);
    }
    this.access.addEventListener('change', () => this.showPassword());
  }

  /** The contact section's groups. */
  contactSection(): HTMLElement[] {
    const s = this.strings;
    return [
      this.group('client_id', s.client, this.client, true),
      this.group('name', s.name, this.text.get('name')!, true),
      this.group('email', s.email, this.text.get('email')!),
      h(
        'div',
        { className: 'columns' },
        this.group('mobile', s.mobile, this.text.get('mobile')!),
        this.group('phone', s.phone, this.text.get('phone')!),
        this.group('fax', s.fax, this.text.get('fax')!),
      ),
      h('div', { className: 'columns' }, this.group('position', s.position, this.text.get('position')!), this.group('skype', s.skype, this.text.get('skype')!)),
      this.group('notes', s.notes, this.text.get('notes')!),
      this.group('is_main', '', this.isMain, false, s.isMainHelp),
    ];
  }

  portalSection(): HTMLElement[] {
    return [this.group('access', '', this.access, false, this.strings.accessHelp), this.group('password', this.strings.password, this.password)];
  }

  /** Resolves once every control has rendered: values set before that are not shown. */
  async rendered(): Promise<void> {
    await Promise.all(this.controls().map((control) => control.updateComplete));
  }

  /** Resolves once the picker has taken the new entries in and shows `selected`. */
  async setClients(clients: readonly ClientOption[], selected: number | null): Promise<void> {
    const options = clients.map((client) => h('vscode-option', { value: String(client.id) }, client.name));
    // A contact whose client the store does not know (not loaded yet) still shows its client id.
    if (selected !== null && !clients.some((client) => client.id === selected)) {
      options.push(h('vscode-option', { value: String(selected) }, fmt(this.strings.unknownClient, selected)));
    }
    this.client.replaceChildren(
      h('vscode-option', { value: '' }, this.strings.clientPlaceholder),
      ...options,
      h('vscode-option', { value: NEW_CLIENT }, this.strings.newClient),
    );
    this.selectClient(selected);
    // The element reads its entries on `slotchange`, after this task: a value it does not list yet is
    // dropped, so it is set again once the entries are in.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.client.updateComplete;
    this.selectClient(selected);
  }

  read(): FormValues {
    const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, this.text.get(field)!.value])) as Record<TextField, string>;
    const client = Number.parseInt(this.client.value, 10);
    return { ...text, client_id: Number.isNaN(client) ? null : client, is_main: this.isMain.checked, access: this.access.checked };
  }

  write(values: FormValues, passwordHelp: string): void {
    for (const field of TEXT_FIELDS) this.text.get(field)!.value = values[field];
    this.selectClient(values.client_id);
    this.isMain.checked = values.is_main;
    this.access.checked = values.access;
    this.groups.get('password')!.help = passwordHelp;
    this.showPassword();
  }

  get passwordValue(): string {
    return this.password.value;
  }

  clearPassword(): void {
    this.password.value = '';
  }

  /** Shows each target's error in its helper line (and its help text where it has none). */
  showErrors(errors: Partial<Record<ErrorTarget, string>>): void {
    for (const [target, { control, helper, help, label }] of this.groups) {
      const error = errors[target];
      if ('invalid' in control) control.invalid = error !== undefined;
      // A screen reader announces a text box by its label: the error goes with it, so it is heard
      // when focus lands there (the helper line below is not tied to the box).
      if (control.tagName === 'VSCODE-TEXTFIELD' || control.tagName === 'VSCODE-TEXTAREA') {
        (control as { label: string }).label = error ? `${label}: ${error}` : label;
      }
      helper.textContent = error ?? help;
      helper.classList.toggle('error', error !== undefined);
      helper.hidden = !error && !help;
    }
  }

  markChanged(fields: readonly FormField[]): void {
    for (const [target, { group }] of this.groups) group.classList.toggle('changed', (fields as readonly string[]).includes(target));
  }

  has(target: ErrorTarget): boolean {
    return this.groups.has(target);
  }

  focus(target: ErrorTarget): void {
    this.groups.get(target)?.control.focus();
  }

  setDisabled(disabled: boolean): void {
    for (const control of this.controls()) control.disabled = disabled;
  }

  private controls(): Control[] {
    return [this.client, ...this.text.values(), this.isMain, this.access, this.password];
  }

  private selectClient(id: number | null): void {
    this.chosenClient = id === null ? '' : String(id);
    this.client.value = this.chosenClient;
  }

  private showPassword(): void {
    this.groups.get('password')!.group.hidden = !this.access.checked;
  }

  private group(target: ErrorTarget, label: string, control: Control, required = false, help = ''): HTMLElement {
    const helper = h('vscode-form-helper', { id: `help-${target}`, hidden: !help }, help);
    const group = h(
      'vscode-form-group',
      { variant: 'vertical', className: 'field' },
      label ? h('vscode-label', { htmlFor: control.id, required }, label) : null,
      control,
      helper,
    );
    this.groups.set(target, { group, control, helper, help, label });
    return group;
  }
}
