// Thrown when something needs the Paymo API while nobody is signed in. Its `kind` puts it beside the
// API's errors in one switch (src/ui/knownFailure.ts).
import * as vscode from 'vscode';

export class SignedOutError extends Error {
  readonly kind = 'signedOut';
  constructor() {
    super(vscode.l10n.t('You are not signed in to Paymo.'));
    this.name = 'SignedOutError';
  }
}
