import * as assert from 'node:assert/strict';
import { PaymoInvalidInputError, PaymoMalformedResponseError, PaymoNetworkError, PaymoOutcomeUnknownError, PaymoServerError } from '../../src/paymo';
import { describeError } from '../../src/ui/errorPresenter';

describe('Error messages', () => {
  it("are phrased by the extension (through vscode.l10n) from what failed, not copied from the client's log text", () => {
    const refused = new PaymoNetworkError('log line', false, new Error('connect ECONNREFUSED'), 'paymo.example:443', 'refused', 'ECONNREFUSED');
    assert.equal(
      describeError(refused),
      'Could not connect to paymo.example:443: the connection was refused. Check the address and that the server is running.',
    );

    const down = new PaymoServerError('log line', 503);
    assert.equal(describeError(down), 'Paymo had a problem answering (HTTP 503).');
    down.serverMessage = 'Down for maintenance';
    assert.equal(describeError(down), 'Paymo had a problem answering (HTTP 503): Down for maintenance.', "Paymo's own words, as it wrote them");

    const uncertain = new PaymoOutcomeUnknownError('log line', new PaymoNetworkError('log line', true, undefined, 'paymo.example:443', 'closed'));
    assert.equal(
      describeError(uncertain),
      'The contact may have been created even though this failed: The connection to paymo.example:443 was closed before an answer arrived.',
    );
  });
});

describe('Refusals and unreadable answers', () => {
  it('are phrased through vscode.l10n from what the API layer found, with the field it names', () => {
    const pdf = new PaymoInvalidInputError({ kind: 'notImage', fileName: 'cv.png', actually: 'pdf' });
    assert.equal(pdf.field, 'image');
    assert.equal(describeError(pdf), '"cv.png" is a PDF, not a JPEG, PNG or GIF image.');
    const insecure = new PaymoInvalidInputError({ kind: 'insecureHttp', host: 'paymo.example' });
    assert.equal(insecure.field, 'baseUrl');
    assert.match(describeError(insecure), /^Refusing to send credentials over unencrypted http:\/\/ to paymo\.example\./);

    assert.equal(describeError(new PaymoMalformedResponseError({ kind: 'notJson' }, 200)), "The server's answer is not valid JSON (HTTP 200).");
    assert.equal(
      describeError(new PaymoMalformedResponseError({ kind: 'wrongCount', got: 2, what: 'client' })),
      'Paymo answered with 2 objects where one client was expected.',
    );
  });
});
