// One form in an editor tab: the webview panel, its page and its message wiring. The controller
// does the form's work; this class only connects it to VS Code. Posting waits for the webview's
// `ready`, which arrives again each time the page is rebuilt (retainContextWhenHidden is off, so
// hiding the tab discards the page and showing it rebuilds it from the host's state).
import * as vscode from 'vscode';
import { readApiSettings } from '../auth/apiSettings';
import type { Services } from '../services';
import type { FormState, HostMessage } from '../webviewContract/formMessages';
import type { DraftStore } from './draftStore';
import { FormController } from './formController';
import { webviewOptions } from '../ui/webviewPage';
import { formHtml } from './formHtml';
import type { FormKindHost } from './formKindHost';
import { parseWebviewMessage } from './webviewMessages';

const OUTCOMES: ReadonlySet<HostMessage['type']> = new Set(['saved', 'saveFailed', 'conflict', 'deleted']);

export class FormPanel {
  private readonly controller: FormController;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;
  private ready = false;
  /** A save's outcome that ended while the page was hidden (and so discarded): told once it is back. */
  private missedOutcome: HostMessage | undefined;

  static open(services: Services, host: FormKindHost, drafts: DraftStore, state: FormState, restored: boolean): FormPanel {
    const panel = vscode.window.createWebviewPanel(host.viewType, '', vscode.ViewColumn.Active, { retainContextWhenHidden: false });
    return new FormPanel(services, host, drafts, panel, state, restored);
  }

  constructor(
    private readonly services: Services,
    private readonly host: FormKindHost,
    drafts: DraftStore,
    readonly panel: vscode.WebviewPanel,
    state: FormState,
    restored: boolean,
  ) {
    const { extensionUri } = services.context;
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = formHtml(panel.webview, extensionUri, services.auth.baseUrl ?? readApiSettings().baseUrl);
    this.controller = new FormController(services, host, drafts, (message) => this.post(message), state, restored);
    panel.title = this.controller.title;
    this.disposables.push(
      this.controller,
      this.closed,
      this.controller.onDidChange(() => (panel.title = this.controller.title)),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
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

  reveal(): void {
    this.panel.reveal();
  }

  /** A message from the page: checked against the form's kind, then handled. Resolves once it is. */
  async receive(received: unknown): Promise<void> {
    const message = parseWebviewMessage(this.host, received);
    if (!message) {
      this.services.log.warn(`The ${this.host.logName} form ignored a message that is not one the form sends.`);
      return;
    }
    if (message.type === 'ready') this.ready = true;
    try {
      await this.controller.handle(message);
      if (message.type === 'ready' && this.missedOutcome) {
        void this.panel.webview.postMessage(this.missedOutcome);
        this.missedOutcome = undefined;
      }
    } catch (error) {
      this.services.log.error(`The ${this.host.logName} form: handling "${message.type}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private post(message: HostMessage): void {
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
