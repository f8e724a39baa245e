// The preview table and its controls. The host sent each row with what it becomes under every
// duplicate choice; a change of choice (for all, or for one row) only picks another outcome to show.
import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { DuplicateChoice, OutcomeView, PreviewModel, PreviewRowView } from '../../src/webviewContract/importMessages';
import { host } from './host';

export class PreviewPage {
  private model: PreviewModel | undefined;
  private rows: PreviewRowView[] = [];
  private forAll: DuplicateChoice = 'skip';
  private readonly perRow = new Map<number, DuplicateChoice>();
  private keep: VscodeCheckbox | undefined;
  private byOrganization: VscodeCheckbox | undefined;
  private body: HTMLTableSectionElement | undefined;
  private summary: HTMLParagraphElement | undefined;

  constructor(private readonly root: HTMLElement) {}

  start(): void {
    host.onMessage((message) => {
      if (message.type === 'preview') {
        this.model = message.model;
        this.rows = [];
      } else if (this.model && this.rows.length < this.model.rowCount) {
        this.rows.push(...message.rows);
      }
      if (this.model && this.rows.length === this.model.rowCount) this.show(this.model);
    });
    host.post({ type: 'ready' });
  }

  private show(model: PreviewModel): void {
    this.forAll = model.forAll;
    const { labels } = model;
    const title = el('h1', labels.title);
    this.summary = el('p', '');
    this.summary.className = 'summary';
    const forAll = choiceSelect(labels.choices, labels.forAll, this.forAll, (choice) => {
      this.forAll = choice;
      this.perRow.clear();
      this.render();
    });
    forAll.id = 'for-all';
    const forAllLabel = el('label', labels.forAll);
    forAllLabel.htmlFor = 'for-all';
    this.keep = document.createElement('vscode-checkbox');
    this.keep.id = 'keep-leftovers';
    this.keep.label = labels.keepLeftovers;
    this.keep.addEventListener('change', () => this.render());
    this.byOrganization = document.createElement('vscode-checkbox');
    this.byOrganization.id = 'by-organization';
    this.byOrganization.label = labels.byOrganization;
    const head = document.createElement('tr');
    const c = labels.columns;
    for (const text of [c.row, c.name, c.email, c.action, c.detail, c.duplicate, c.photo]) head.append(el('th', text));
    const table = document.createElement('table');
    this.body = document.createElement('tbody');
    table.append(el('thead', '', head), this.body);
    const confirm = button(labels.confirm, 'confirm', () => this.confirm());
    const cancel = button(labels.cancel, 'cancel', () => host.post({ type: 'cancel' }));
    cancel.secondary = true;
    const controls = el('div', '', forAllLabel, forAll, this.keep, this.byOrganization);
    controls.className = 'controls';
    const actions = el('div', '', confirm, cancel);
    actions.className = 'actions';
    this.root.replaceChildren(title, this.summary, controls, table, actions);
    this.root.setAttribute('aria-busy', 'false');
    this.render();
  }

  private outcome(row: PreviewRowView): OutcomeView {
    const outcomes = (this.keep?.checked && row.outcomesKeepingLeftovers) || row.outcomes;
    return outcomes[this.perRow.get(row.index) ?? this.forAll];
  }

  private render(): void {
    if (!this.model || !this.body) return;
    const shown = this.rows.map((row) => ({ row, outcome: this.outcome(row) }));
    this.body.replaceChildren(...shown.map(({ row, outcome }) => this.rowOf(row, outcome)));
    const count = (action: OutcomeView['action']) => shown.filter((r) => r.outcome.action === action).length;
    this.summary!.textContent = fill(this.model.labels.summary, count('create'), count('update'), count('skip'));
  }

  private rowOf(row: PreviewRowView, outcome: OutcomeView): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.className = `row-${outcome.action}`;
    tr.dataset.index = String(row.index);
    const action = el('td', this.model!.labels.actions[outcome.action]);
    if (row.duplicate) {
      const label = `${this.model!.labels.columns.action} ${row.index}`;
      const select = choiceSelect(this.model!.labels.choices, label, this.perRow.get(row.index) ?? this.forAll, (choice) => {
        this.perRow.set(row.index, choice);
        this.render();
      });
      action.append(select);
    }
    tr.append(
      el('td', String(row.index)),
      el('td', row.name),
      el('td', row.email),
      action,
      el('td', outcome.detail),
      el('td', row.duplicate),
      el('td', row.photo),
    );
    return tr;
  }

  private confirm(): void {
    const perRow = Object.fromEntries([...this.perRow].filter(([, choice]) => choice !== this.forAll));
    host.post({
      type: 'confirm',
      forAll: this.forAll,
      perRow,
      keepLeftovers: this.keep?.checked === true,
      byOrganization: this.byOrganization?.checked === true,
    });
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, ...children: Node[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  element.append(...children);
  return element;
}

/** `label` names the select to assistive technology: the element puts it on its inner combobox, which an outer `aria-label` does not reach. */
function choiceSelect(
  labels: Record<DuplicateChoice, string>,
  label: string,
  value: DuplicateChoice,
  onChange: (choice: DuplicateChoice) => void,
): VscodeSingleSelect {
  const select = document.createElement('vscode-single-select');
  select.label = label;
  // The choices the host offers, in its order.
  for (const choice of Object.keys(labels) as DuplicateChoice[]) {
    const option = el('vscode-option', labels[choice]);
    option.value = choice;
    select.append(option);
  }
  select.value = value;
  select.addEventListener('change', () => onChange(select.value as DuplicateChoice));
  return select;
}

function button(text: string, id: string, onClick: () => void): HTMLElementTagNameMap['vscode-button'] {
  const b = el('vscode-button', text);
  b.id = id;
  b.addEventListener('click', onClick);
  return b;
}

/** Fills `{0}`, `{1}` … in a translated string. */
function fill(text: string, ...values: number[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => String(values[Number(index)] ?? whole));
}
