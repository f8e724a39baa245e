// The test API's view of the open forms (`PaymoContactsApi.panels`): it records what each panel
// posts to its page and hands a panel messages through the same method its webview's listener
// uses, so that extension-host tests drive a form exactly as the page would, without a browser.
import type * as vscode from 'vscode';
import type { FormPanel, OpenForms } from './forms';
import type { FormState, HostMessage } from './webviewContract/formMessages';

/** How many posted messages are remembered per panel. */
const POSTED_HISTORY = 100;

export class TestFormPanels {
  /** The open panels, each with what the host posted to its page, newest last. */
  private readonly posts = new Map<FormPanel, HostMessage[]>();

  constructor(
    private readonly forms: OpenForms,
    subscriptions: vscode.Disposable[],
  ) {
    subscriptions.push(
      forms.onDidOpen((panel) => {
        const history: HostMessage[] = [];
        this.posts.set(panel, history);
        panel.onDidClose(() => this.posts.delete(panel));
        panel.onDidPost((message) => {
          history.push(message);
          if (history.length > POSTED_HISTORY) history.shift();
        });
      }),
    );
  }

  keys(): string[] {
    return [...this.posts.keys()].map((panel) => panel.key);
  }

  /** Hands the panel a message as its page would post it (checked the same way); resolves with what the host posted meanwhile. */
  async simulate(key: string, message: unknown): Promise<HostMessage[]> {
    const panel = this.require(key);
    const posted: HostMessage[] = [];
    const listener = panel.onDidPost((m) => posted.push(m));
    try {
      await panel.receive(message);
    } finally {
      listener.dispose();
    }
    return posted;
  }

  /** What the host posted to the panel's page, newest last. */
  posted(key: string): readonly HostMessage[] {
    return this.posts.get(this.require(key)) ?? [];
  }

  state(key: string): FormState {
    return this.require(key).state;
  }

  title(key: string): string {
    return this.require(key).panel.title;
  }

  /** The page the panel loaded (record data never appears in it: it arrives by message). */
  html(key: string): string {
    return this.require(key).panel.webview.html;
  }

  close(key: string): void {
    this.require(key).panel.dispose();
  }

  private require(key: string): FormPanel {
    const panel = this.forms.find(key);
    if (!panel) throw new Error(`No form is open for "${key}" (open: ${this.keys().join(', ') || 'none'}).`);
    return panel;
  }
}
