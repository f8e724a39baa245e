// The walkthrough "Get Started with Paymo Contacts" (package.json, contributes.walkthroughs): VS Code
// marks a step done when its context key turns true. The keys are set here once the step's action has
// succeeded, because a command's own completion event (`onCommand:`) would mark a step done when its
// prompt was cancelled too. Signing in needs no key of its own: `paymoContacts.signedIn` says it.
import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'paymoContacts.gettingStarted';

export type WalkthroughStep = 'foundContact' | 'createdContact' | 'importedContacts' | 'addedAccount';

export function walkthroughStepDone(step: WalkthroughStep): void {
  void vscode.commands.executeCommand('setContext', `paymoContacts.walkthrough.${step}`, true);
}

/** Opens the walkthrough in the editor area (`extensionId`: this extension's `publisher.name`). */
export function openWalkthrough(extensionId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
}
