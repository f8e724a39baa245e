// What the API layer refuses before sending anything, as data. The API layer cannot use
// vscode.l10n: the extension says each problem in the user's language (`src/ui/problemText.ts`), and
// `inputProblemMessage` is the English sentence for the log and for plain-Node callers.

export type ImageFormat = 'JPEG' | 'PNG' | 'GIF';

/** Files people pick by mistake for an image, so that the message can say what the file is. */
export type OtherFileKind = 'pdf' | 'webp' | 'heicAvif' | 'bmp' | 'tiff' | 'zip' | 'text';

export type InputProblem =
  | { kind: 'emptyApiKey' }
  | { kind: 'emptyEmail' }
  | { kind: 'emptyPassword' }
  | { kind: 'colonInEmail' }
  | { kind: 'notUrl'; text: string }
  | { kind: 'notHttp'; protocol: string }
  | { kind: 'insecureHttp'; host: string }
  | { kind: 'credentialsInUrl' }
  | { kind: 'queryInUrl' }
  | { kind: 'emptyImage'; fileName: string }
  | { kind: 'imageTooLarge'; fileName: string; megabytes: string; maxMegabytes: string }
  | { kind: 'notImage'; fileName: string; actually?: OtherFileKind }
  | { kind: 'damagedImage'; fileName: string; format: ImageFormat }
  | { kind: 'nameRequired'; of: 'contact' | 'client' }
  | { kind: 'nothingToUpdate' }
  | { kind: 'badSessionId' }
  | { kind: 'portalPasswordRequired' }
  | { kind: 'notAnId'; value: string; field: string }
  | { kind: 'pageSize'; value: number }
  | { kind: 'timeout' }
  | { kind: 'include'; item: string }
  | { kind: 'whereField'; name: string }
  | { kind: 'whereNumber'; value: number }
  | { kind: 'whereEmptyList'; name: string }
  /** Refused by the caller for a reason it has already put in words (in the user's language). */
  | { kind: 'described'; text: string; field?: string };

/** The field (of a request, a form or the settings) the problem is about, when it is about one. */
export function problemField(problem: InputProblem): string | undefined {
  switch (problem.kind) {
    case 'emptyApiKey':
      return 'apiKey';
    case 'emptyEmail':
    case 'colonInEmail':
      return 'email';
    case 'emptyPassword':
    case 'portalPasswordRequired':
      return 'password';
    case 'notUrl':
    case 'notHttp':
    case 'insecureHttp':
    case 'credentialsInUrl':
    case 'queryInUrl':
      return 'baseUrl';
    case 'emptyImage':
    case 'imageTooLarge':
    case 'notImage':
    case 'damagedImage':
      return 'image';
    case 'nameRequired':
      return 'name';
    case 'pageSize':
      return 'pageSize';
    case 'timeout':
      return 'timeoutMs';
    case 'include':
      return 'include';
    case 'whereField':
    case 'whereNumber':
    case 'whereEmptyList':
      return 'where';
    case 'notAnId':
    case 'described':
      return problem.field;
    case 'badSessionId':
      return 'sessionId';
    case 'nothingToUpdate':
      return undefined;
  }
}

const OTHER_FILES: Record<OtherFileKind, string> = {
  pdf: 'a PDF',
  webp: 'a WebP image',
  heicAvif: 'a HEIC/AVIF image',
  bmp: 'a BMP image',
  tiff: 'a TIFF image',
  zip: 'a ZIP archive or Office document',
  text: 'an SVG or other text file',
};

export function inputProblemMessage(problem: InputProblem): string {
  switch (problem.kind) {
    case 'emptyApiKey':
      return 'The API key is empty.';
    case 'emptyEmail':
      return 'The email address is empty.';
    case 'emptyPassword':
      return 'The password is empty.';
    case 'colonInEmail':
      return 'The email address must not contain ":".';
    case 'notUrl':
      return `"${problem.text}" is not a valid URL. Enter the API address, for example https://app.paymoapp.com/api/`;
    case 'notHttp':
      return `The API address must start with https:// (got ${problem.protocol}).`;
    case 'insecureHttp':
      return `Refusing to send credentials over unencrypted http:// to ${problem.host}. Use https://, or http:// only for a server on this machine (localhost, 127.0.0.1, ::1).`;
    case 'credentialsInUrl':
      return 'The API address must not contain a user name or password; sign in with an API key instead.';
    case 'queryInUrl':
      return 'The API address must not contain a query (?…) or fragment (#…).';
    case 'emptyImage':
      return `"${problem.fileName}" is empty.`;
    case 'imageTooLarge':
      return `"${problem.fileName}" is ${problem.megabytes} MB; profile images can be at most ${problem.maxMegabytes} MB.`;
    case 'notImage':
      return `"${problem.fileName}" is ${problem.actually ? `${OTHER_FILES[problem.actually]}, ` : ''}not a JPEG, PNG or GIF image.`;
    case 'damagedImage':
      return `"${problem.fileName}" looks like a ${problem.format} image but is incomplete or damaged (was it fully downloaded?).`;
    case 'nameRequired':
      return `The ${problem.of} needs a name.`;
    case 'badSessionId':
      return 'The Paymo session id is empty or not valid.';
    case 'nothingToUpdate':
      return 'Nothing to update: no field was changed.';
    case 'portalPasswordRequired':
      return 'Enter a password for the client portal.';
    case 'notAnId':
      return `${problem.value} is not a Paymo id.`;
    case 'pageSize':
      return `The page size must be a whole number from 1 to 2500 (got ${problem.value}).`;
    case 'timeout':
      return 'The request timeout must be positive.';
    case 'include':
      return `"${problem.item}" is not something Paymo can include.`;
    case 'whereField':
      return `"${problem.name}" is not a field name.`;
    case 'whereNumber':
      return `${problem.value} is not a number a filter can use.`;
    case 'whereEmptyList':
      return `The filter on ${problem.name} needs at least one value.`;
    case 'described':
      return problem.text;
  }
}
