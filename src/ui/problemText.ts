// What the API layer refused before sending, and what was wrong with a server's answer, in the
// user's language. The API layer gives the facts (it cannot use vscode.l10n); the sentences are here.
import * as vscode from 'vscode';
import type { AnswerProblem, InputProblem, OtherFileKind } from '../paymo';
import { decimalText } from './displayFormat';

export function inputProblemText(problem: InputProblem): string {
  switch (problem.kind) {
    case 'emptyApiKey':
      return vscode.l10n.t('The API key is empty.');
    case 'emptyEmail':
      return vscode.l10n.t('The email address is empty.');
    case 'emptyPassword':
      return vscode.l10n.t('The password is empty.');
    case 'colonInEmail':
      return vscode.l10n.t('The email address must not contain ":".');
    case 'notUrl':
      return vscode.l10n.t('"{0}" is not a valid URL. Enter the API address, for example https://app.paymoapp.com/api/', problem.text);
    case 'notHttp':
      return vscode.l10n.t('The API address must start with https:// (got {0}).', problem.protocol);
    case 'insecureHttp':
      return vscode.l10n.t(
        'Refusing to send credentials over unencrypted http:// to {0}. Use https://, or http:// only for a server on this machine (localhost, 127.0.0.1, ::1).',
        problem.host,
      );
    case 'credentialsInUrl':
      return vscode.l10n.t('The API address must not contain a user name or password; sign in with an API key instead.');
    case 'queryInUrl':
      return vscode.l10n.t('The API address must not contain a query (?…) or fragment (#…).');
    case 'emptyImage':
      return vscode.l10n.t('"{0}" is empty.', problem.fileName);
    case 'imageTooLarge':
      return vscode.l10n.t(
        '"{0}" is {1} MB; profile images can be at most {2} MB.',
        problem.fileName,
        decimalText(problem.megabytes),
        decimalText(problem.maxMegabytes),
      );
    case 'notImage':
      return problem.actually
        ? vscode.l10n.t('"{0}" is {1}, not a JPEG, PNG or GIF image.', problem.fileName, otherFileText(problem.actually))
        : vscode.l10n.t('"{0}" is not a JPEG, PNG or GIF image.', problem.fileName);
    case 'damagedImage':
      return vscode.l10n.t('"{0}" looks like a {1} image but is incomplete or damaged (was it fully downloaded?).', problem.fileName, problem.format);
    case 'nameRequired':
      return problem.of === 'client' ? vscode.l10n.t('The client needs a name.') : vscode.l10n.t('The contact needs a name.');
    case 'badSessionId':
      return vscode.l10n.t('The Paymo session id is empty or not valid.');
    case 'nothingToUpdate':
      return vscode.l10n.t('Nothing to update: no field was changed.');
    case 'portalPasswordRequired':
      return vscode.l10n.t('Enter a password for the client portal.');
    case 'notAnId':
      return vscode.l10n.t('{0} is not a Paymo id.', problem.value);
    case 'pageSize':
      return vscode.l10n.t('The page size must be a whole number from 1 to 2500 (got {0}).', problem.value);
    case 'timeout':
      return vscode.l10n.t('The request timeout must be positive.');
    case 'include':
      return vscode.l10n.t('"{0}" is not something Paymo can include.', problem.item);
    case 'whereField':
      return vscode.l10n.t('"{0}" is not a field name.', problem.name);
    case 'whereNumber':
      return vscode.l10n.t('{0} is not a number a filter can use.', problem.value);
    case 'whereEmptyList':
      return vscode.l10n.t('The filter on {0} needs at least one value.', problem.name);
    case 'described':
      return problem.text;
  }
}

function otherFileText(kind: OtherFileKind): string {
  switch (kind) {
    case 'pdf':
      return vscode.l10n.t('a PDF');
    case 'webp':
      return vscode.l10n.t('a WebP image');
    case 'heicAvif':
      return vscode.l10n.t('a HEIC/AVIF image');
    case 'bmp':
      return vscode.l10n.t('a BMP image');
    case 'tiff':
      return vscode.l10n.t('a TIFF image');
    case 'zip':
      return vscode.l10n.t('a ZIP archive or Office document');
    case 'text':
      return vscode.l10n.t('an SVG or other text file');
  }
}

export function answerProblemText(problem: AnswerProblem, status: number | undefined): string {
  switch (problem.kind) {
    case 'notJson':
      return vscode.l10n.t("The server's answer is not valid JSON (HTTP {0}).", status ?? 200);
    case 'unexpectedShape':
      return vscode.l10n.t("The server's answer is not what Paymo sends: {0}: {1}", problem.path, problem.detail);
    case 'unexpectedStatus':
      return vscode.l10n.t('Paymo answered with an unexpected HTTP status {0}.', status ?? 0);
    case 'notPaged':
      return vscode.l10n.t('The server answered {0} records to a page of {1}: it does not page {2}.', problem.got, problem.size, problem.collection);
    case 'wrongCount':
      return problem.what === 'client'
        ? vscode.l10n.t('Paymo answered with {0} objects where one client was expected.', problem.got)
        : problem.what === 'contact'
          ? vscode.l10n.t('Paymo answered with {0} objects where one contact was expected.', problem.got)
          : problem.what === 'session'
            ? vscode.l10n.t('Paymo answered with {0} objects where one session was expected.', problem.got)
            : vscode.l10n.t('Paymo answered with {0} objects where one user was expected.', problem.got);
  }
}
