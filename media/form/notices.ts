// What the form tells the user above the fields: a failure with what to do, the conflict choice
// (field by field) and the "deleted elsewhere" notice.
import { fieldsOf, type FormKind } from '../../src/webviewContract/formKind';
import type { ClientOption, FieldChange, FieldText, FormFailure, FormStrings } from '../../src/webviewContract/formMessages';
import { fmt, h } from './dom';

export type ConflictChoice = 'overwrite' | 'reload' | 'keepEditing';

export class Notices {
  readonly root = h('div', { className: 'notices' });

  constructor(
    private readonly strings: FormStrings,
    private readonly onShowLog: () => void,
  ) {}

  clear(): void {
    this.root.replaceChildren();
  }

  /** Shows a notice where the user will see it, even when they saved from the bottom of the form. */
  private show(notice: HTMLElement, focus?: HTMLElement): void {
    this.root.replaceChildren(notice);
    notice.scrollIntoView({ block: 'nearest' });
    focus?.focus();
  }

  info(text: string): void {
    this.show(h('div', { className: 'banner info', role: 'status' }, text));
  }

  /** `logged`: the host wrote the details to the log, so offer to show it. */
  failure(failure: FormFailure, logged: boolean): void {
    const showLog = h('vscode-button', { secondary: true }, this.strings.showLog);
    showLog.addEventListener('click', this.onShowLog);
    this.show(
      h(
        'div',
        { className: 'banner error', role: 'alert', id: 'form-error' },
        h('p', { className: 'message' }, failure.message),
        failure.hint ? h('p', {}, failure.hint) : null,
        logged ? h('div', { className: 'buttons' }, showLog) : null,
      ),
    );
  }

  /** `form`: the fields' labels and the client picker's entries, to name fields and values as the form does. */
  conflict(
    changes: readonly FieldChange[],
    kind: FormKind,
    form: { fields: Record<string, FieldText>; clients: readonly ClientOption[] },
    choose: (choice: ConflictChoice) => void,
  ): void {
    const s = this.strings;
    const pickers = new Set(fieldsOf(kind).flatMap((spec) => (spec.control === 'client' ? [spec.field] : [])));
    const label = (field: string) => form.fields[field]?.label ?? field;
    const show = (field: string, value: FieldChange['mine']): string => {
      if (typeof value === 'boolean') return value ? s.yes : s.no;
      if (pickers.has(field)) return value === null ? s.empty : (form.clients.find((c) => c.id === value)?.name ?? fmt(s.unknownClient, String(value)));
      return value === '' || value === null ? s.empty : String(value);
    };
    const rows = changes.map((change) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, label(change.field)),
        h('td', {}, show(change.field, change.loaded)),
        h('td', { className: 'server' }, show(change.field, change.server)),
        h('td', {}, show(change.field, change.mine)),
      ),
    );
    const button = (choice: ConflictChoice, text: string, secondary: boolean) => {
      const b = h('vscode-button', { secondary, id: `conflict-${choice}` }, text);
      b.addEventListener('click', () => choose(choice));
      return b;
    };
    // Focus goes to the choice that changes nothing: one Enter must not overwrite someone's work.
    const keepEditing = button('keepEditing', s.keepEditing, true);
    this.show(
      h(
        'div',
        { className: 'banner warning', role: 'alert', id: 'conflict' },
        h('p', { className: 'message' }, s.conflictTitle),
        h('p', {}, s.conflictText),
        h(
          'table',
          { className: 'changes' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, s.conflictField),
              h('th', { scope: 'col' }, s.conflictLoaded),
              h('th', { scope: 'col' }, s.conflictServer),
              h('th', { scope: 'col' }, s.conflictMine),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
        h('div', { className: 'buttons' }, button('overwrite', s.overwrite, false), button('reload', s.reload, true), keepEditing),
      ),
      keepEditing,
    );
  }

  deleted(saveAsNew: () => void): void {
    const button = h('vscode-button', { id: 'save-as-new' }, this.strings.saveAsNew);
    button.addEventListener('click', saveAsNew);
    this.show(
      h(
        'div',
        { className: 'banner warning', role: 'alert', id: 'deleted' },
        h('p', { className: 'message' }, this.strings.deletedTitle),
        h('p', {}, this.strings.deletedText),
        h('div', { className: 'buttons' }, button),
      ),
      button,
    );
  }
}
