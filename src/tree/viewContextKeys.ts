// The welcome-view state machine's output: the context keys that `viewsWelcome` and menus read.
import * as vscode from 'vscode';

/** `paymoContacts.state`: which welcome (if any) the view shows. */
export type ViewState = 'signedOut' | 'loading' | 'offline' | 'error' | 'empty' | 'ready';

export function publishViewContext(state: ViewState, signedIn: boolean): void {
  void vscode.commands.executeCommand('setContext', 'paymoContacts.state', state);
  void vscode.commands.executeCommand('setContext', 'paymoContacts.signedIn', signedIn);
}
