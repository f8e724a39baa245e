import * as assert from 'node:assert/strict';
import { isLoopbackHost, parseBaseUrl, PaymoApi, PaymoInvalidInputError } from '../../../src/paymo';

function refused(input: string): PaymoInvalidInputError {
  try {
    parseBaseUrl(input);
  } catch (error) {
    assert.ok(error instanceof PaymoInvalidInputError);
    return error;
  }
  assert.fail(`${input} was accepted`);
}

describe('parseBaseUrl', () => {
  it('normalises a missing trailing slash and a bare origin to …/api/', () => {
    assert.equal(parseBaseUrl('https://app.paymoapp.com/api/').href, 'https://app.paymoapp.com/api/');
    assert.equal(parseBaseUrl('https://app.paymoapp.com/api').href, 'https://app.paymoapp.com/api/');
    assert.equal(parseBaseUrl(' https://app.paymoapp.com ').href, 'https://app.paymoapp.com/api/');
  });

  it('allows http:// only for loopback hosts', () => {
    for (const url of ['http://127.0.0.1:8080/api/', 'http://127.1.2.3/api/', 'http://[::1]:9/api/', 'http://localhost:3000/api/']) {
      assert.equal(parseBaseUrl(url).protocol, 'http:', url);
    }
    for (const url of ['http://app.paymoapp.com/api/', 'http://192.168.1.10/api/', 'http://127.0.0.1.example.com/api/', 'http://[::2]/api/']) {
      assert.match(refused(url).message, /unencrypted http:\/\//, url);
    }
    assert.equal(isLoopbackHost('LOCALHOST'), true);
    assert.equal(isLoopbackHost('128.0.0.1'), false);
  });

  it('says clearly when the text is not a URL', () => {
    const error = refused('app.paymoapp.com/api');
    assert.equal(error.field, 'baseUrl');
    assert.match(error.message, /"app\.paymoapp\.com\/api" is not a valid URL/);
    assert.match(refused('ftp://example.com/api/').message, /must start with https:\/\//);
  });

  it('refuses credentials, a query or a fragment in the URL', () => {
    assert.match(refused('https://me:secret@app.paymoapp.com/api/').message, /must not contain a user name or password/);
    assert.match(refused('https://app.paymoapp.com/api/?x=1').message, /query/);
  });

  it('is checked when a client is made, before anything is sent', () => {
    assert.throws(() => new PaymoApi({ baseUrl: 'http://paymo.example.com/api/', credentials: { kind: 'apiKey', apiKey: 'k' } }), PaymoInvalidInputError);
  });
});
