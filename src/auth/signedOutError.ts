// Thrown when something needs the Paymo client while nobody is signed in.
import * as vscode from 'vscode';

export class SignedOutError extends Error {
  constructor() {
    super(vscode.l10n.t('You are not signed in to Paymo.'));
    this.name = 'SignedOutError';
  }
}
