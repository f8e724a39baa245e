// The open forms of every kind: one per record (opening it again reveals it) and one create form
// per kind. Keys change when a create form saves (`new` becomes `contact:<id>`), so they are
// looked up live.
import * as vscode from 'vscode';
import type { FormPanel } from './formPanel';

export class OpenForms implements vscode.Disposable {
  private readonly panels = new Set<FormPanel>();
  private readonly opened = new vscode.EventEmitter<FormPanel>();
  /** A panel was opened or restored (before its page can say `ready`). */
  readonly onDidOpen = this.opened.event;

  add(panel: FormPanel): FormPanel {
    this.panels.add(panel);
    panel.onDidClose(() => this.panels.delete(panel));
    this.opened.fire(panel);
    return panel;
  }

  find(key: string): FormPanel | undefined {
    return [...this.panels].find((panel) => panel.key === key);
  }

  dispose(): void {
    this.opened.dispose();
  }
}
