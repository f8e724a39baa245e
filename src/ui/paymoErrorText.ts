// A Paymo API error as one sentence in the user's language. The API layer (which cannot use
// vscode.l10n) gives the facts: kind, status, Paymo's own message, the host and what failed, what
// was refused and why; the sentences are made here. Paymo's own message is shown as Paymo wrote it.
import * as vscode from 'vscode';
import type { PaymoError, PaymoNetworkError } from '../paymo';
import { refusalText } from './permissionText';
import { answerProblemText, inputProblemText } from './problemText';

export function paymoErrorText(error: PaymoError): string {
  const server = error.serverMessage;
  switch (error.kind) {
    case 'server':
      return server
        ? vscode.l10n.t('Paymo had a problem answering (HTTP {0}): {1}', error.status ?? 500, server)
        : vscode.l10n.t('Paymo had a problem answering (HTTP {0}).', error.status ?? 500);
    case 'badRequest':
      return server ?? vscode.l10n.t('Paymo refused the request as invalid (HTTP {0}).', error.status ?? 400);
    case 'auth':
      return server ?? vscode.l10n.t('Paymo did not accept the credentials (HTTP 401). Check the API key, or the email and password.');
    case 'forbidden': {
      const refusal = refusalText(error.refused);
      return server ? vscode.l10n.t('{0} Paymo says: {1}', refusal, server) : refusal;
    }
    case 'notFound':
      return server ?? vscode.l10n.t('Paymo does not have this object (HTTP 404).');
    case 'rateLimit':
      return server ?? vscode.l10n.t('Paymo is limiting requests (HTTP 429).');
    case 'timeout':
      return timeoutText(error.host, error.seconds);
    case 'network':
      return networkText(error);
    case 'malformed':
      return answerProblemText(error.problem, error.status);
    case 'invalidInput':
      return inputProblemText(error.problem);
    case 'outcomeUnknown': {
      const cause = paymoErrorText(error.cause);
      return error.created === 'client'
        ? vscode.l10n.t('The client may have been created even though this failed: {0}', cause)
        : vscode.l10n.t('The contact may have been created even though this failed: {0}', cause);
    }
    case 'cancelled':
      return vscode.l10n.t('The request was cancelled.');
  }
}

function timeoutText(host: string, seconds: number | undefined): string {
  if (seconds === undefined) return vscode.l10n.t('Paymo ({0}) did not answer in time.', host);
  return seconds === 1
    ? vscode.l10n.t('Paymo ({0}) did not answer within 1 second.', host)
    : vscode.l10n.t('Paymo ({0}) did not answer within {1} seconds.', host, seconds);
}

function networkText({ failure, host, code, cause }: PaymoNetworkError): string {
  switch (failure) {
    case 'refused':
      return vscode.l10n.t('Could not connect to {0}: the connection was refused. Check the address and that the server is running.', host);
    case 'unknownHost':
      return vscode.l10n.t('Could not find {0}. Check the address and your network connection.', host);
    case 'connectTimeout':
      return vscode.l10n.t('Could not connect to {0}: the connection timed out. Check your network or proxy settings.', host);
    case 'closed':
      return vscode.l10n.t('The connection to {0} was closed before an answer arrived.', host);
    case 'untrustedCertificate':
      return vscode.l10n.t(
        'The TLS certificate of {0} is not trusted ({1}). Behind a proxy that inspects TLS, check the http.proxyStrictSSL setting.',
        host,
        code ?? '',
      );
    case 'other':
      return vscode.l10n.t('Network error talking to {0}: {1}', host, cause instanceof Error ? cause.message : String(cause));
  }
}
