// The open contact forms: one per contact (opening it again reveals it) and one create form. Also
// the handle extension-host tests use to drive a form without a browser: `simulate` hands the
// controller exactly the messages the webview would post, and returns what the host posted back.
import type { FormState, HostMessage, WebviewMessage } from '../shared/formMessages';
import type { ContactFormPanel } from './contactFormPanel';

export class FormPanels {
  private readonly panels = new Set<ContactFormPanel>();

  add(panel: ContactFormPanel): ContactFormPanel {
    this.panels.add(panel);
    panel.onDidClose(() => this.panels.delete(panel));
    return panel;
  }

  /** Keys change when a create form saves (`new` becomes `contact:<id>`), so look them up live. */
  find(key: string): ContactFormPanel | undefined {
    return [...this.panels].find((panel) => panel.key === key);
  }

  keys(): string[] {
    return [...this.panels].map((panel) => panel.key);
  }

  simulate(key: string, message: WebviewMessage): Promise<HostMessage[]> {
    return this.require(key).simulate(message);
  }

  posted(key: string): readonly HostMessage[] {
    return this.require(key).posted;
  }

  state(key: string): FormState {
    return this.require(key).state;
  }

  title(key: string): string {
    return this.require(key).panel.title;
  }

  /** The page the panel loaded (contact data never appears in it: it arrives by message). */
  html(key: string): string {
    return this.require(key).panel.webview.html;
  }

  close(key: string): void {
    this.require(key).panel.dispose();
  }

  private require(key: string): ContactFormPanel {
    const panel = this.find(key);
    if (!panel) throw new Error(`No contact form is open for "${key}" (open: ${this.keys().join(', ') || 'none'}).`);
    return panel;
  }
}
