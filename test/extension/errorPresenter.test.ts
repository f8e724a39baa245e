import * as assert from 'node:assert/strict';
import {
  PaymoForbiddenError,
  PaymoInvalidInputError,
  PaymoMalformedResponseError,
  PaymoNetworkError,
  PaymoOutcomeUnknownError,
  PaymoServerError,
  type RefusedRequest,
} from '../../src/paymo';
import { adviceText, describeError } from '../../src/ui/errorPresenter';

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

describe('Permission refusals (403)', () => {
  const refusal = (refused: RefusedRequest | undefined, serverMessage?: string) => {
    const error = new PaymoForbiddenError('log line', refused);
    if (serverMessage) error.serverMessage = serverMessage;
    return describeError(error);
  };

  it("name the permission that was missing, then Paymo's own words, and say whom to ask", () => {
    const expected: [RefusedRequest['operation'], string, string][] = [
      ['read', 'clientcontacts', 'see contacts'],
      ['create', 'clientcontacts', 'add contacts'],
      ['update', 'clientcontacts', 'change contacts'],
      ['delete', 'clientcontacts', 'delete contacts'],
      ['read', 'clients', 'see clients'],
      ['create', 'clients', 'add clients'],
      ['update', 'clients', 'change clients'],
      ['delete', 'clients', 'delete clients'],
    ];
    for (const [operation, collection, permission] of expected) {
      assert.equal(refusal({ operation, collection }), `Paymo did not allow this: your role may not ${permission}.`);
    }
    assert.equal(
      refusal({ operation: 'delete', collection: 'clientcontacts' }, 'Only administrators can add, change or delete clients and contacts'),
      'Paymo did not allow this: your role may not delete contacts. Paymo says: Only administrators can add, change or delete clients and contacts.',
    );
    assert.equal(adviceText(new PaymoForbiddenError('log line')), 'Ask an admin of your Paymo account to do it for you, or to change your role.');
  });

  it('say the role or the plan when the refusal is not about clients or contacts', () => {
    assert.equal(refusal({ operation: 'read', collection: 'company' }), "Paymo did not allow this: your role or your company's plan does not include it.");
    assert.equal(
      refusal(undefined, 'Your plan does not include the API'),
      "Paymo did not allow this: your role or your company's plan does not include it. Paymo says: Your plan does not include the API.",
    );
  });
});
