import * as assert from 'node:assert/strict';
import { redact } from '../../../src/redact';

describe('Log redaction', () => {
  it('removes registered secrets wherever they appear', () => {
    assert.equal(redact('key 3f9c0ffee1 used, again 3f9c0ffee1', ['3f9c0ffee1']), 'key [redacted] used, again [redacted]');
  });

  it('removes Basic and Bearer credentials, password and key fields, and user:password@ in URLs', () => {
    const line = 'authorization: Basic ZGVtbzpzZWNyZXQ= {"password":"hunter2","apiKey":"abc"} Bearer tok.en http://me:pw@host/api/';
    const out = redact(line, []);
    for (const secret of ['ZGVtbzpzZWNyZXQ=', 'hunter2', '"abc"', 'tok.en', 'me:pw']) assert.ok(!out.includes(secret), `${secret} in ${out}`);
    assert.match(out, /http:\/\/\[redacted\]@host\/api\//);
  });

  it('leaves ordinary lines alone', () => {
    const line = 'GET /api/clientcontacts?page=0&page_size=100 → 200 (12 ms)';
    assert.equal(redact(line, []), line);
  });
});
