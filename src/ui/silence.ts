// The one list of failures that show the user nothing: each was the user's own doing, or has been
// said once already by whoever saw it first. The error presenter, the tree's loader and anything
// else that reports failures ask here before they say anything.
import * as vscode from 'vscode';
import { knownFailure } from './knownFailure';

/** A command the user started, or work the extension does on its own (loads, refreshes). */
export type FailureOrigin = 'command' | 'background';

export function staysSilent(error: unknown, origin: FailureOrigin): boolean {
  // The user pressed Escape on a prompt or cancelled a progress notification.
  if (error instanceof vscode.CancellationError) return true;
  const failure = knownFailure(error);
  switch (failure?.kind) {
    // Cancelled by the user, or by a sign-out or a settings change that closed the API mid-way; or a
    // 401, which signs the account out, and the sign-in says so once, with a Sign In button.
    case 'cancelled':
    case 'auth':
      return true;
    // Signed out before or while the work ran: a command says how to sign in, background work has nothing to add.
    case 'signedOut':
      return origin === 'background';
    default:
      return false;
  }
}
