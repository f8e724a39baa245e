// The open forms of every kind: one per record (opening it again reveals it) and one create form
// per kind. Keys change when a create form saves (`new` becomes `contact:<id>`), so they are
// looked up live.
import type { FormPanel } from './formPanel';

export class OpenForms {
  private readonly panels = new Set<FormPanel>();

  /** A panel opened or restored (before its page can say `ready`). */
  add(panel: FormPanel): FormPanel {
    this.panels.add(panel);
    panel.onDidClose(() => this.panels.delete(panel));
    return panel;
  }

  find(key: string): FormPanel | undefined {
    return [...this.panels].find((panel) => panel.key === key);
  }
}
