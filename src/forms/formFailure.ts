// Turns a failed save into what the form shows: the server's own message, the field it names when
// it names one of the form's, and what to do next. Everything typed stays in the form.
import * as vscode from 'vscode';
import { durationText } from '../ui/displayFormat';
import { adviceText, describeError } from '../ui/errorPresenter';
import { knownFailure } from '../ui/knownFailure';
import { fieldsOf, type FormKind } from '../webviewContract/formKind';
import type { ErrorTarget, FormFailure } from '../webviewContract/formMessages';

/** `kind`: the form whose fields a server's message may name (none: the message stands alone). */
export function formFailure(error: unknown, kind?: FormKind): FormFailure {
  const message = describeError(error);
  const field = kind && fieldOf(error, kind);
  return { message, hint: hintFor(error, field), ...(field ? { field } : {}) };
}

function fieldOf(error: unknown, kind: FormKind): ErrorTarget | undefined {
  const failure = knownFailure(error);
  const field = failure?.kind === 'badRequest' || failure?.kind === 'invalidInput' ? failure.field : undefined;
  const targets: readonly string[] = [...fieldsOf(kind).map((spec) => spec.field), 'image'];
  return typeof field === 'string' && targets.includes(field) ? field : undefined;
}

/**
 * The error presenter's advice, except where a form has something else to say: that what was typed
 * is kept, that a marked field is to be corrected, and how to save again.
 */
function hintFor(error: unknown, field: ErrorTarget | undefined): string {
  const failure = knownFailure(error);
  if (!failure) return vscode.l10n.t('Your changes are still here. Save again, or use "Show Log" for details.');
  switch (failure.kind) {
    case 'signedOut':
      return vscode.l10n.t('Sign in to Paymo (Paymo: Sign In), then save: your changes are kept.');
    case 'badRequest':
    case 'invalidInput':
      return field && field !== 'image' ? vscode.l10n.t('Correct it, then save again.') : adviceText(error);
    case 'auth':
      return vscode.l10n.t('Sign in to Paymo again (Paymo: Sign In), then save: your changes are kept.');
    case 'rateLimit':
      return vscode.l10n.t('Paymo is limiting requests. Wait {0}, then save again: your changes are kept.', durationText(failure.retryAfterSeconds, 'long'));
    case 'server':
    case 'malformed':
      return vscode.l10n.t('Paymo had a problem. Your changes are kept: save again in a moment.');
    case 'timeout':
    case 'network':
      return vscode.l10n.t('Check your connection (and proxy settings), then save again: your changes are kept.');
    case 'cancelled':
      return vscode.l10n.t('Save again when you are ready.');
    case 'forbidden':
      return vscode.l10n.t('Ask an admin of your Paymo account to make this change, or to change your role. Your changes are kept.');
    default:
      return adviceText(error);
  }
}
