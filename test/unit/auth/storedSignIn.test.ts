// A sign-in another window wrote: the same sign-in with its role or company learnt is taken as it is;
// anything else (another server, key, session or user) is a new sign-in, which reloads the data.
import * as assert from 'node:assert/strict';
import { onlyLearntFactsDiffer, type StoredSignIn } from '../../../src/auth/storedSignIn';

describe('A stored sign-in written by another window', () => {
  const made: StoredSignIn = {
    version: 1,
    baseUrl: 'https://app.paymoapp.com/api/',
    credentials: { kind: 'apiKey', apiKey: 'key-1' },
    user: { id: 7, name: 'Dana Reyes', email: 'dana@example.com' },
  };

  it('differs only in what was learnt when the role or the company name came', () => {
    assert.ok(onlyLearntFactsDiffer(made, { ...made, user: { ...made.user, type: 'Employee' } }));
    assert.ok(onlyLearntFactsDiffer(made, { ...made, company: 'Northwind Studio' }));
    assert.ok(
      onlyLearntFactsDiffer({ ...made, user: { ...made.user, type: 'Admin' } }, { ...made, user: { ...made.user, type: 'Guest' }, company: 'Northwind' }),
    );
  });

  it('is taken anew when it lost what was learnt (an older version wrote it): the role is then asked again', () => {
    const learnt: StoredSignIn = { ...made, user: { ...made.user, type: 'Employee' }, company: 'Northwind Studio' };
    assert.ok(!onlyLearntFactsDiffer(learnt, { ...learnt, user: made.user }));
    assert.ok(!onlyLearntFactsDiffer(learnt, { ...made, user: learnt.user }));
  });

  it('is another sign-in when its server, credentials or user differ', () => {
    assert.ok(!onlyLearntFactsDiffer(made, { ...made, baseUrl: 'http://127.0.0.1:3000/api/' }));
    assert.ok(!onlyLearntFactsDiffer(made, { ...made, credentials: { kind: 'apiKey', apiKey: 'key-2' } }));
    assert.ok(!onlyLearntFactsDiffer(made, { ...made, user: { ...made.user, id: 8 } }));
    assert.ok(!onlyLearntFactsDiffer(made, { ...made, user: { ...made.user, email: 'other@example.com' }, company: 'Northwind' }));
  });
});
