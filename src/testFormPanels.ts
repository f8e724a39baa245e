// The test API's view of the open forms (`PaymoContactsApi.panels`): it records what the host posts
// to each panel's page and hands a panel messages through the same method its webview's listener
// uses, so that extension-host tests drive a form exactly as the page would, without a browser. It
// learns of each panel as the extension adds it to its `OpenForms`, and of each post as the panel
// makes it (delivered at once, or kept for a hidden page until it is back), so the product carries
// nothing for tests.
import type { FormPanel, OpenForms } from './forms';
import type { FormState, HostMessage } from './webviewContract/formMessages';

/** How many posted messages are remembered per panel. */
const POSTED_HISTORY = 100;

export class TestFormPanels {
  /** The open panels, each with what the host posted to its page, newest last. */
  private readonly posts = new Map<FormPanel, HostMessage[]>();
  /** Listeners of one panel's posts while `simulate` runs. */
  private readonly listening = new Map<FormPanel, (message: HostMessage) => void>();

  constructor(private readonly forms: OpenForms) {
    const add = forms.add.bind(forms);
    forms.add = (panel) => {
      this.watch(panel);
      return add(panel);
    };
  }

  keys(): string[] {
    return [...this.posts.keys()].map((panel) => panel.key);
  }

  /** Hands the panel a message as its page would post it (checked the same way); resolves with what the host posted meanwhile. */
  async simulate(key: string, message: unknown): Promise<HostMessage[]> {
    const panel = this.require(key);
    const posted: HostMessage[] = [];
    this.listening.set(panel, (m) => posted.push(m));
    try {
      await panel.receive(message);
    } finally {
      this.listening.delete(panel);
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

  private watch(panel: FormPanel): void {
    const history: HostMessage[] = [];
    this.posts.set(panel, history);
    panel.onDidClose(() => this.posts.delete(panel));
    // FormPanel's own `post` (private to the product, a method like any other here): every message
    // the host posts, whether the page is there to receive it now or is told once it is back.
    const posting = panel as unknown as { post(message: HostMessage): void };
    const post = posting.post.bind(panel);
    posting.post = (message) => {
      history.push(message);
      if (history.length > POSTED_HISTORY) history.shift();
      this.listening.get(panel)?.(message);
      post(message);
    };
  }

  private require(key: string): FormPanel {
    const panel = this.forms.find(key);
    if (!panel) throw new Error(`No form is open for "${key}" (open: ${this.keys().join(', ') || 'none'}).`);
    return panel;
  }
}
