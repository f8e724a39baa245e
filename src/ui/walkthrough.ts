// The walkthrough "Get Started with Paymo Contacts" (package.json, contributes.walkthroughs): VS Code
// marks a step done when its context key turns true. The keys are set here once the step's action has
// succeeded, because a command's own completion event (`onCommand:`) would mark a step done when its
// prompt was cancelled too. Each key is false when the window opens: VS Code does not mark a step
// done for a key that is already true when the walkthrough is registered (so `paymoContacts.signedIn`,
// true at once for a saved sign-in, would leave the first step unchecked).
import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'paymoContacts.gettingStarted';

export type WalkthroughStep = 'signedIn' | 'foundContact' | 'createdContact' | 'importedContacts' | 'addedAccount';

export function walkthroughStepDone(step: WalkthroughStep): void {
  void vscode.commands.executeCommand('setContext', `paymoContacts.walkthrough.${step}`, true);
}

/** Opens the walkthrough in the editor area (`extensionId`: this extension's `publisher.name`). */
export function openWalkthrough(extensionId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
}
