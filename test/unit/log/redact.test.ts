import * as assert from 'node:assert/strict';
import { redact } from '../../../src/redact';

/** The line redacted, checked to hold none of `secrets`. */
function clean(line: string, secrets: string[] = [], gone: string[] = secrets): string {
  const out = redact(line, secrets);
  for (const secret of gone) assert.ok(!out.includes(secret), `${secret} is still in: ${out}`);
  return out;
}

describe('Log redaction', () => {
  it('removes registered secrets wherever they appear', () => {
    assert.equal(redact('key 3f9c0ffee1 used, again 3f9c0ffee1', ['3f9c0ffee1']), 'key [redacted] used, again [redacted]');
  });

  it('removes Basic and Bearer credentials, password and key fields, and user:password@ in URLs', () => {
    const line = 'authorization: Basic ZGVtbzpzZWNyZXQ= {"password":"hunter2","apiKey":"abc"} Bearer tok.en http://me:pw@host/api/';
    const out = clean(line, [], ['ZGVtbzpzZWNyZXQ=', 'hunter2', '"abc"', 'tok.en', 'me:pw']);
    assert.match(out, /http:\/\/\[redacted\]@host\/api\//);
  });

  it('removes all of a JSON-escaped password, not only what comes before the escaped quote', () => {
    const out = clean('{"password":"s3cr\\"et","email":"a@example.com"}', [], ['s3cr', 'et"']);
    assert.equal(out, '{"password":[redacted],"email":"a@example.com"}');
  });

  it('removes a registered secret as JSON writes it (escaped) and as a URL writes it (percent-encoded)', () => {
    const secret = 'pa"ss wo/rd';
    clean(
      `body {"p":${JSON.stringify(secret)}} url /login?x=${encodeURIComponent(secret)}`,
      [secret],
      [JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)],
    );
  });

  it('removes a URL password that holds an @', () => {
    const out = clean('GET https://demo:p@ss@word@paymo.example/api/me', [], ['p@ss', 'word@paymo']);
    assert.equal(out, 'GET https://[redacted]@paymo.example/api/me');
  });

  for (const name of ['pwd', 'pass', 'secret', 'token', 'session_id', 'passwd', 'access_token', 'x-api-key']) {
    it(`removes the value of a field named ${name}, in JSON and in a query`, () => {
      clean(`{"${name}":"v4lue-json"}`, [], ['v4lue-json']);
      clean(`/api/x?${name}=v4lue-query&page=1`, [], ['v4lue-query']);
      clean(`${name}: v4lue-header`, [], ['v4lue-header']);
    });
  }

  it('removes a registered secret shorter than 4 characters where it stands alone, and leaves words that contain it', () => {
    const out = redact('password was x9! and the key is ab, abstract and cabin stay', ['x9!', 'ab']);
    assert.equal(out, 'password was [redacted] and the key is [redacted], abstract and cabin stay');
  });

  it('leaves ordinary lines alone, however their words begin', () => {
    for (const line of [
      'GET /api/clientcontacts?page=0&page_size=100 → 200 (12 ms)',
      'passed: 3, tokens: 4, bypass=1, compass: north, secrets_shown=0',
      'mail demo@example.com about https://app.paymoapp.com/api/ at 10:00',
    ])
      assert.equal(redact(line, []), line);
  });
});
