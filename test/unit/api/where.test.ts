import * as assert from 'node:assert/strict';
import { PaymoInvalidInputError, where } from '../../../src/paymo';

// What the builder writes; that the sandbox reads it as meant is in contacts.where.test.ts.
describe('where builder', () => {
  it('quotes strings and escapes backslashes and double quotes', () => {
    assert.equal(where.eq('name', 'Jo "The Boss" O\'Neil').toString(), 'name="Jo \\"The Boss\\" O\'Neil"');
    assert.equal(where.eq('name', 'a\\"b').toString(), 'name="a\\\\\\"b"');
  });

  it('writes numbers, booleans and null bare, and lists in brackets', () => {
    assert.equal(where.eq('client_id', 5).and(where.eq('active', true), where.eq('email', null)).toString(), 'client_id=5 and active=true and email=null');
    assert.equal(where.in('client_id', [1, 2, 3]).toString(), 'client_id in (1,2,3)');
    assert.equal(where.notIn('name', ['a', 'b"c']).toString(), 'name not in ("a","b\\"c")');
    assert.equal(where.gte('created_on', 1583954441).toString(), 'created_on>=1583954441');
  });

  it('makes % and _ in search text literal', () => {
    assert.equal(where.contains('name', '50%_off').toString(), 'name like "%50\\\\%\\\\_off%"');
    assert.equal(where.like('name', 'A%').toString(), 'name like "A%"');
  });

  it('refuses field names and values that cannot be written safely', () => {
    assert.throws(() => where.eq('name=1 or id', 1), PaymoInvalidInputError);
    assert.throws(() => where.eq('id', Number.NaN), PaymoInvalidInputError);
    assert.throws(() => where.in('id', []), PaymoInvalidInputError);
  });
});
