// One contact form in an editor tab: the webview panel, its page and its message wiring. The
// controller does the form's work; this class only connects it to VS Code. Posting waits for the
// webview's `ready`, which arrives again each time the page is rebuilt (retainContextWhenHidden
// is off, so hiding the tab discards the page and showing it rebuilds it from the host's state).
import * as vscode from 'vscode';
import { readApiSettings } from '../auth/apiSettings';
import type { Services } from '../services';
import { CONTACT_FORM_VIEW_TYPE, type FormState, type HostMessage, type WebviewMessage } from '../shared/formMessages';
import { ContactFormController } from './contactFormController';
import { parseWebviewMessage } from './webviewMessages';
import type { DraftStore } from './draftStore';
import { formHtml, formWebviewOptions } from './formHtml';

/** How many posted messages a panel remembers for the test API. */
const POSTED_HISTORY = 100;
const OUTCOMES: ReadonlySet<HostMessage['type']> = new Set(['saved', 'saveFailed', 'conflict', 'deleted']);

export class ContactFormPanel {
  private readonly controller: ContactFormController;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;
  /** What the host posted, newest last: extension-host tests read it instead of a browser. */
  readonly posted: HostMessage[] = [];
  private ready = false;
  /** A save's outcome that ended while the page was hidden (and so discarded): told once it is back. */
  private missedOutcome: HostMessage | undefined;

  static open(services: Services, drafts: DraftStore, state: FormState, restored: boolean): ContactFormPanel {
    const panel = vscode.window.createWebviewPanel(CONTACT_FORM_VIEW_TYPE, '', vscode.ViewColumn.Active, { retainContextWhenHidden: false });
    return new ContactFormPanel(services, drafts, panel, state, restored);
  }

  constructor(
    services: Services,
    drafts: DraftStore,
    readonly panel: vscode.WebviewPanel,
    state: FormState,
    restored: boolean,
  ) {
    const { extensionUri } = services.context;
    panel.webview.options = formWebviewOptions(extensionUri);
    panel.webview.html = formHtml(panel.webview, extensionUri, services.session.baseUrl ?? readApiSettings().baseUrl);
    this.controller = new ContactFormController(services, drafts, (message) => this.post(message), state, restored);
    panel.title = this.controller.title;
    this.disposables.push(
      this.controller,
      this.closed,
      this.controller.onDidChange(() => (panel.title = this.controller.title)),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message, services)),
      // A hidden page is discarded; it says `ready` again when it is rebuilt.
      panel.onDidChangeViewState(() => (this.ready &&= panel.visible)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get key(): string {
    return this.controller.key;
  }
  get state(): FormState {
    return this.controller.snapshot;
  }
  get dirty(): boolean {
    return this.controller.dirty;
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Handles a message as if the webview had posted it (checked the same way); resolves with what the host posted back meanwhile. */
  async simulate(message: WebviewMessage): Promise<HostMessage[]> {
    const before = this.posted.length;
    const checked = parseWebviewMessage(message);
    if (checked) await this.controller.handle(checked);
    return this.posted.slice(before);
  }

  private async receive(received: unknown, services: Services): Promise<void> {
    const message = parseWebviewMessage(received);
    if (!message) {
      services.log.warn('Contact form: ignored a message that is not one the form sends.');
      return;
    }
    if (message.type === 'ready') this.ready = true;
    try {
      await this.controller.handle(message);
      if (message.type === 'ready' && this.missedOutcome) {
        // Delivered, not posted again: the history (and the tests reading it) has it once.
        void this.panel.webview.postMessage(this.missedOutcome);
        this.missedOutcome = undefined;
      }
    } catch (error) {
      services.log.error(`Contact form: handling "${message.type}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private post(message: HostMessage): void {
    this.posted.push(message);
    if (this.posted.length > POSTED_HISTORY) this.posted.shift();
    // Before `ready` the page cannot listen yet; it asks for its state with `ready` anyway, and is
    // then told how a save it no longer shows ended.
    if (this.ready) void this.panel.webview.postMessage(message);
    else if (OUTCOMES.has(message.type)) this.missedOutcome = message;
  }

  private dispose(): void {
    this.ready = false; // a save that ends after the panel closed has no page to tell
    this.closed.fire();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
