// Account labels as the tree, the Accounts menu and the account pickers show them: what tells two
// accounts apart comes first when the rest of their labels is the same.
import * as assert from 'node:assert/strict';
import { accountLabel, type AccountIdentity } from '../../src/auth/accountLabel';

const paymo: AccountIdentity = { userName: 'Demo Admin', baseUrl: 'https://app.paymoapp.com/api/', company: 'Demo Agency' };
const sandbox: AccountIdentity = { userName: 'Demo Admin', baseUrl: 'http://127.0.0.1:4010/api/', company: 'Demo Agency' };
const otherSandbox: AccountIdentity = { ...sandbox, baseUrl: 'http://127.0.0.1:4011/api/' };

describe('Account labels', () => {
  it('alone, an account reads "user — company", with the host after it when the server is not Paymo\'s own', () => {
    assert.equal(accountLabel(paymo), 'Demo Admin — Demo Agency');
    assert.equal(accountLabel(sandbox), 'Demo Admin — Demo Agency (127.0.0.1:4010)');
    assert.equal(accountLabel({ ...sandbox, company: undefined }), 'Demo Admin — 127.0.0.1:4010');
  });

  it('the same user and company on two servers: each label starts with its host, so the part that differs is never cut off', () => {
    assert.equal(accountLabel(sandbox, [otherSandbox]), '127.0.0.1:4010 — Demo Admin — Demo Agency');
    assert.equal(accountLabel(otherSandbox, [sandbox]), '127.0.0.1:4011 — Demo Admin — Demo Agency');
    assert.equal(accountLabel(paymo, [sandbox]), 'app.paymoapp.com — Demo Admin — Demo Agency');
  });

  it('two servers on one host differ in their path, which then comes first too', () => {
    const a: AccountIdentity = { ...sandbox, baseUrl: 'https://paymo.example.com/a/api/' };
    const b: AccountIdentity = { ...sandbox, baseUrl: 'https://paymo.example.com/b/api/' };
    assert.equal(accountLabel(a, [b]), 'paymo.example.com/a/api — Demo Admin — Demo Agency');
  });

  it('accounts that differ already keep their usual labels', () => {
    const otherCompany: AccountIdentity = { ...otherSandbox, company: 'Client Co' };
    const otherUser: AccountIdentity = { ...otherSandbox, userName: 'Ann Other' };
    assert.equal(accountLabel(sandbox, [otherCompany, otherUser]), 'Demo Admin — Demo Agency (127.0.0.1:4010)');
  });
});
