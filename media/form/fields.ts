// A form's inputs, built from its kind's description: one vscode-elements control per field, each in
// a form group with its label and a helper line that shows either help or the field's error. The
// client picker (with "New client…") and write-only fields (a portal password) are kinds of control.
import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextarea } from '@vscode-elements/elements/dist/vscode-textarea/vscode-textarea.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import { fieldsOf, valueFields, type FieldSpec, type FormKind, type FormSection } from '../../src/webviewContract/formKind';
import type { ClientOption, ErrorTarget, FieldText, FormField, FormRecord, FormStrings, FormValues } from '../../src/webviewContract/formMessages';
import { fmt, h } from './dom';

type Control = VscodeTextfield | VscodeTextarea | VscodeSingleSelect | VscodeCheckbox;

interface Group {
  spec: FieldSpec;
  group: HTMLElement;
  control: Control;
  helper: HTMLElement;
  help: string;
  label: string;
}

/** The client picker's last entry, which asks the host to create a client instead of choosing one. */
const NEW_CLIENT = 'new';

const INPUT_TYPES: Partial<Record<FieldSpec['control'], VscodeTextfield['type']>> = { email: 'email', tel: 'tel', url: 'url', password: 'password' };

export class FormFields {
  private readonly groups = new Map<ErrorTarget, Group>();
  /** The client chosen before "New client…", to go back to while the host creates the new one. */
  private chosenClient = '';
  private readOnly = false;

  constructor(
    private readonly kind: FormKind,
    private readonly strings: FormStrings,
    private readonly texts: Record<FormField, FieldText>,
    private readonly onInput: () => void,
    private readonly onNewClient: () => void,
  ) {
    for (const spec of fieldsOf(kind)) this.group(spec);
  }

  /** A section's groups: rows of several fields stand side by side. */
  section(section: FormSection): HTMLElement[] {
    const group = (spec: FieldSpec) => this.groups.get(spec.field)!.group;
    return section.rows.map((row) => (row.length === 1 ? group(row[0]!) : h('div', { className: 'columns' }, ...row.map(group))));
  }

  /** Resolves once every control has rendered: values set before that are not shown. */
  async rendered(): Promise<void> {
    await Promise.all(this.controls().map((control) => control.updateComplete));
  }

  /** Resolves once each picker has taken the new entries in and shows its value (or `chosen`: a client just created). */
  async setClients(clients: readonly ClientOption[], values: FormValues, chosen?: number): Promise<void> {
    for (const [field, picker] of this.pickers()) {
      const value = chosen ?? values[field];
      const selected = typeof value === 'number' ? value : null;
      const options = clients.map((client) => h('vscode-option', { value: String(client.id) }, client.name));
      // A contact whose client the store does not know (not loaded yet) still shows its client id.
      if (selected !== null && !clients.some((client) => client.id === selected)) {
        options.push(h('vscode-option', { value: String(selected) }, fmt(this.strings.unknownClient, selected)));
      }
      picker.replaceChildren(
        h('vscode-option', { value: '' }, this.strings.clientPlaceholder),
        ...options,
        h('vscode-option', { value: NEW_CLIENT }, this.strings.newClient),
      );
      this.selectClient(picker, selected);
      // The element reads its entries on `slotchange`, after this task: a value it does not list yet is
      // dropped, so it is set again once the entries are in.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await picker.updateComplete;
      this.selectClient(picker, selected);
    }
  }

  read(): FormValues {
    const values: FormValues = {};
    for (const { field, control } of valueFields(this.kind)) {
      const input = this.groups.get(field)!.control;
      if (control === 'checkbox') values[field] = (input as VscodeCheckbox).checked;
      else if (control === 'client') {
        const id = Number.parseInt(input.value, 10);
        values[field] = Number.isNaN(id) ? null : id;
      } else values[field] = input.value;
    }
    return values;
  }

  /** Shows the values; `base` chooses the help of write-only fields (a password already set or not). */
  write(values: FormValues, base: FormRecord | null): void {
    for (const [target, entry] of this.groups) {
      const { spec, control } = entry;
      const value = values[target];
      if (spec.control === 'checkbox') (control as VscodeCheckbox).checked = value === true;
      else if (spec.control === 'client') this.selectClient(control as VscodeSingleSelect, typeof value === 'number' ? value : null);
      else if (spec.control === 'password') {
        const text = this.texts[target];
        const set = spec.shownWith !== undefined && base !== null && (base as unknown as Record<string, unknown>)[spec.shownWith] === true;
        entry.help = (set ? text?.helpWhenSet : undefined) ?? text?.help ?? '';
      } else control.value = typeof value === 'string' ? value : '';
    }
    this.showDependents();
  }

  /** What was typed into a write-only field (never part of the values or the saved state). */
  writeOnly(target: ErrorTarget): string {
    const entry = this.groups.get(target);
    return entry?.spec.control === 'password' ? entry.control.value : '';
  }

  clearWriteOnly(): void {
    for (const { spec, control } of this.groups.values()) if (spec.control === 'password') control.value = '';
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
    for (const [target, { group }] of this.groups) group.classList.toggle('changed', fields.includes(target));
  }

  has(target: ErrorTarget): boolean {
    return this.groups.has(target);
  }

  focus(target: ErrorTarget): void {
    this.groups.get(target)?.control.focus();
  }

  setDisabled(disabled: boolean): void {
    for (const { spec, control } of this.groups.values()) control.disabled = disabled || (this.readOnly && isChoice(spec));
  }

  /** Nothing can be changed; text can still be selected and copied (read-only, not disabled). */
  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    for (const { spec, control } of this.groups.values()) {
      if (isChoice(spec)) control.disabled = readOnly;
      else (control as VscodeTextfield | VscodeTextarea).readonly = readOnly;
    }
  }

  private controls(): Control[] {
    return [...this.groups.values()].map((entry) => entry.control);
  }

  private pickers(): [FormField, VscodeSingleSelect][] {
    return [...this.groups].flatMap(([field, { spec, control }]) => (spec.control === 'client' ? [[field, control as VscodeSingleSelect] as const] : []));
  }

  private selectClient(picker: VscodeSingleSelect, id: number | null): void {
    this.chosenClient = id === null ? '' : String(id);
    picker.value = this.chosenClient;
  }

  /** Fields shown only with a checkbox on (the portal password with access). */
  private showDependents(): void {
    for (const { spec, group } of this.groups.values()) {
      const on = spec.shownWith && this.groups.get(spec.shownWith)?.control;
      if (on) group.hidden = !(on as VscodeCheckbox).checked;
    }
  }

  private control(spec: FieldSpec, text: FieldText | undefined): Control {
    const id = `field-${spec.field}`;
    switch (spec.control) {
      case 'checkbox': {
        const box = h('vscode-checkbox', { id, label: text?.label ?? spec.field });
        box.addEventListener('change', () => this.showDependents());
        return box;
      }
      case 'client': {
        // No `required` here: the form validates itself, and the element's own check fails before its first render.
        const picker = h('vscode-single-select', { id, combobox: true, filter: 'contains' });
        // Registered before `onInput`, so that the form never reads "New client…" as its client.
        picker.addEventListener('change', () => {
          if (picker.value !== NEW_CLIENT) {
            this.chosenClient = picker.value;
            return;
          }
          picker.value = this.chosenClient;
          this.onNewClient();
        });
        return picker;
      }
      case 'textarea':
        return h('vscode-textarea', { id, rows: 4, resize: 'vertical' });
      default:
        return h('vscode-textfield', {
          id,
          type: INPUT_TYPES[spec.control] ?? 'text',
          required: spec.required === true,
          ...(spec.control === 'password' ? { autocomplete: 'off' } : {}),
        });
    }
  }

  private group(spec: FieldSpec): void {
    const text = this.texts[spec.field];
    const control = this.control(spec, text);
    control.addEventListener('input', this.onInput);
    control.addEventListener('change', this.onInput);
    // A checkbox carries its label itself; its group shows only the help line.
    const label = spec.control === 'checkbox' ? '' : (text?.label ?? spec.field);
    const help = text?.help ?? '';
    const helper = h('vscode-form-helper', { id: `help-${spec.field}`, hidden: !help }, help);
    const group = h(
      'vscode-form-group',
      { variant: 'vertical', className: 'field' },
      label ? h('vscode-label', { htmlFor: control.id, required: spec.required === true }, label) : null,
      control,
      helper,
    );
    this.groups.set(spec.field, { spec, group, control, helper, help, label });
  }
}

/** A checkbox or a picker: it has no read-only state of its own, so it is disabled instead. */
function isChoice(spec: FieldSpec): boolean {
  return spec.control === 'checkbox' || spec.control === 'client';
}
