// The welcome-view state machine's output: the context keys that `viewsWelcome` and menus read.
import * as vscode from 'vscode';

/** `paymoContacts.state`: which welcome (if any) the view shows (`forbidden`: Paymo does not let the user see clients). */
export type ViewState = 'signedOut' | 'loading' | 'offline' | 'error' | 'forbidden' | 'empty' | 'ready';

/** `canEdit`: some signed-in account's Paymo role may add and change clients and contacts (the palette's and title bar's writes). */
export function publishViewContext(state: ViewState, signedIn: boolean, canEdit: boolean): void {
  void vscode.commands.executeCommand('setContext', 'paymoContacts.state', state);
  void vscode.commands.executeCommand('setContext', 'paymoContacts.signedIn', signedIn);
  void vscode.commands.executeCommand('setContext', 'paymoContacts.canEdit', canEdit);
}
