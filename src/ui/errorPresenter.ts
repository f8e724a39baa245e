// The one place that turns a failure into what the user reads: what failed, the server's own
// message, what to do next, and "Show Log" for the details. Never a bare status number.
import * as vscode from 'vscode';
import { MAX_IMAGE_BYTES, PaymoError } from '../paymo';
import { decimalText } from './displayFormat';
import { knownFailure } from './knownFailure';
import { paymoErrorText } from './paymoErrorText';
import { staysSilent } from './silence';
import { notificationText } from './textEscaping';

export interface ShowErrorOptions {
  /** What the user was doing, e.g. "Delete contact". */
  action: string;
}

/** Shows a command's failure without waiting for the user to dismiss it, unless it stays silent (`silence.ts`). */
export function showError(error: unknown, options: ShowErrorOptions): void {
  if (staysSilent(error, 'command')) return;
  const advice = adviceFor(error);
  const message = notificationText(vscode.l10n.t('{0} failed: {1} {2}', options.action, describeError(error), advice.text).trim());
  const showLog = vscode.l10n.t('Show Log');
  const buttons = advice.button ? [advice.button.title, showLog] : [showLog];
  void vscode.window.showErrorMessage(message, ...buttons).then((choice) => {
    if (choice === showLog) void vscode.commands.executeCommand('paymoContacts.showLog');
    else if (choice && choice === advice.button?.title) void vscode.commands.executeCommand(advice.button.command);
  });
}

/** The failure in one sentence, in the user's language where it can be: the server's message when there is one. */
export function describeError(error: unknown): string {
  const text = (error instanceof PaymoError ? paymoErrorText(error) : undefined) ?? (error instanceof Error ? error.message : String(error));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** What to do about the failure, in one sentence ('' when there is nothing useful to say). */
export function adviceText(error: unknown): string {
  return adviceFor(error).text;
}

interface Advice {
  text: string;
  button?: { title: string; command: string };
}

function adviceFor(error: unknown): Advice {
  const refresh = { title: vscode.l10n.t('Refresh'), command: 'paymoContacts.refresh' };
  const failure = knownFailure(error);
  if (!failure) return { text: '' };
  switch (failure.kind) {
    case 'signedOut':
      return { text: vscode.l10n.t('Sign in to Paymo first.'), button: { title: vscode.l10n.t('Sign In'), command: 'paymoContacts.signIn' } };
    case 'forbidden':
      return { text: vscode.l10n.t('Ask an admin of your Paymo account to do it for you, or to change your role.') };
    case 'notFound':
      return { text: vscode.l10n.t('It may have been deleted in Paymo meanwhile; refresh the view.'), button: refresh };
    case 'rateLimit':
      return {
        text: failure.retryAfterSeconds === 1 ? vscode.l10n.t('Try again in 1 second.') : vscode.l10n.t('Try again in {0} seconds.', failure.retryAfterSeconds),
      };
    case 'server':
      return { text: vscode.l10n.t('Try again in a moment.') };
    case 'timeout':
      return { text: vscode.l10n.t('Check your connection, or raise the setting "paymoContacts.requestTimeoutSeconds".') };
    case 'network':
      return { text: vscode.l10n.t('Check your network connection and proxy settings (http.proxy), then try again.') };
    case 'malformed':
      return { text: vscode.l10n.t('Check that the setting "paymoContacts.baseUrl" points at a Paymo API.') };
    case 'outcomeUnknown':
      return { text: vscode.l10n.t('It may have been saved anyway: refresh and check before trying again.'), button: refresh };
    case 'badRequest':
      return { text: vscode.l10n.t('Check the values and try again.') };
    case 'invalidInput':
      return { text: invalidInputAdvice(failure.field) };
    case 'auth':
    case 'cancelled':
      return { text: '' };
  }
}

function invalidInputAdvice(field: string | undefined): string {
  switch (field) {
    case 'image':
      return vscode.l10n.t('Choose a JPEG, PNG or GIF of at most {0} MB.', decimalText(MAX_IMAGE_BYTES / (1024 * 1024)));
    case 'baseUrl':
      return vscode.l10n.t(
        'Use the address of a Paymo API such as https://app.paymoapp.com/api/ (http:// only for a server on this machine, e.g. http://127.0.0.1:4010/api/).',
      );
    default:
      return vscode.l10n.t('Check the value and try again.');
  }
}
