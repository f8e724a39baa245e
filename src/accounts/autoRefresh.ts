// `paymoContacts.autoRefreshMinutes`: while the view is visible, the data is refreshed (only what
// changed) once it is that old, and when the window gets the focus back with data that old. Never
// while a load is under way, and after failures later and later (RefreshSchedule).
import * as vscode from 'vscode';
import { RefreshSchedule } from '../store/refreshSchedule';
import type { AccountStore } from '../store/accountStore';
import type { AccountLoader } from './accountLoader';

const SETTING = 'paymoContacts.autoRefreshMinutes';

export class AutoRefresh implements vscode.Disposable {
  private readonly schedule = new RefreshSchedule(readMinutes());
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly loader: AccountLoader,
    private readonly store: AccountStore,
    private readonly view: vscode.TreeView<unknown>,
  ) {
    this.disposables = [
      view.onDidChangeVisibility(() => this.plan()),
      loader.onDidEndLoad((succeeded) => {
        this.schedule.ended(Date.now(), succeeded);
        this.plan();
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) this.plan();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTING)) return;
        this.schedule.setInterval(readMinutes());
        this.plan();
      }),
    ];
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }

  /** Refreshes now if due, else sets a timer for when it will be. */
  private plan(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.view.visible || this.store.origin === 'none') return;
    const due = this.schedule.dueAt(this.store.loadedAt ? Date.parse(this.store.loadedAt) : undefined);
    if (due === undefined) return;
    const wait = due - Date.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.plan(), wait);
    } else if (!this.loader.busy) {
      void this.loader.refresh();
    }
  }
}

function readMinutes(): number {
  return vscode.workspace.getConfiguration().get<number>(SETTING, 0);
}
