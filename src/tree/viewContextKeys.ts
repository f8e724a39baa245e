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

/** `paymoContacts.filtered`: a signed-in account's part of the view is filtered (Clear Filter shows in the title). */
export function publishFilterContext(filtered: boolean): void {
  void vscode.commands.executeCommand('setContext', 'paymoContacts.filtered', filtered);
}

/** `paymoContacts.hasChanges`: changes made elsewhere are unseen (Show Changes shows in the title). */
export function publishChangesContext(hasChanges: boolean): void {
  void vscode.commands.executeCommand('setContext', 'paymoContacts.hasChanges', hasChanges);
}
