// Bad server addresses and search text. A base URL that is not a URL, not http(s), or plain http://
// to a remote host is refused before any credentials leave the machine, saying what to enter
// instead; quotes and `%` in search text stay text, in the quick pick and in a `where` filter.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { where } from '../../src/paymo';
import { caseGroup } from '../support/caseCounter';
import { acceptingPicks, errorsDuring, readyApi } from './support/contacts';
import type { ClientContact } from '../../src/paymo';
import { setSetting, until } from './support/paymoApi';
import { suiteSandbox } from './support/sandbox';
import { sandboxControl } from './support/sandboxControl';

const badInput = caseGroup('bad input');

const BAD_URLS: { url: string; says: RegExp }[] = [
  { url: 'not a url', says: /"not a url" is not a valid URL\. Enter the API address, for example https:\/\/app\.paymoapp\.com\/api\// },
  { url: 'app.paymoapp.com/api', says: /is not a valid URL\. Enter the API address/ },
  { url: 'ftp://files.example.com/api/', says: /must start with https:\/\/ \(got ftp:\)/ },
  { url: 'http://paymo.example.com/api/', says: /Refusing to send credentials over unencrypted http:\/\/ to paymo\.example\.com\. Use https:\/\// },
  { url: 'http://192.168.1.20:8080/api/', says: /Refusing to send credentials over unencrypted http:\/\/ to 192\.168\.1\.20/ },
  { url: 'https://user:secret@app.paymoapp.com/api/', says: /must not contain a user name or password/ },
];

/** Demo contacts whose names hold a quote and a percent sign (sandbox/seed/demo.ts). */
const SEARCHES: { text: string; name: string }[] = [
  { text: '"JJ"', name: 'Jean "JJ" Dupont' },
  { text: '100%', name: 'Helpdesk 24/7 (100% uptime)' },
  { text: "O'Brien", name: "Siobhán O'Brien" },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('Bad addresses and search text', () => {
  for (const bad of BAD_URLS) {
    badInput.it(`sign-in refuses the base URL ${JSON.stringify(bad.url)} before sending the key, saying what to enter`, async () => {
      const api = await readyApi();
      await sandboxControl.clearRequests();
      const setting = vscode.workspace.getConfiguration('paymoContacts').get('baseUrl');
      const errors = await errorsDuring(api, () => vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: bad.url, apiKey: suiteSandbox().apiKey }));
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, /^Sign in to Paymo failed: /);
      assert.match(errors[0]!, bad.says);
      assert.ok(!errors[0]!.includes(suiteSandbox().apiKey), 'the message does not repeat the key');
      assert.deepEqual(await sandboxControl.requests(), [], 'no request anywhere');
      assert.equal(vscode.workspace.getConfiguration('paymoContacts').get('baseUrl'), setting, 'the setting is unchanged');
      assert.equal(api.auth.state, 'signedIn', 'the working session is kept');
    });
  }

  badInput.it('an unusable paymoContacts.baseUrl setting is said in the view, with what a valid one looks like; fixing it signs back in', async () => {
    const api = await readyApi();
    const good = vscode.workspace.getConfiguration('paymoContacts').get<string>('baseUrl');
    try {
      await setSetting('baseUrl', 'http://paymo.example.com/api/');
      await until(() => api.auth.state === 'signedOut', 'the sign-in to be parked');
      await api.loader.whenIdle();
      assert.equal(api.loader.state, 'signedOut');
      const message = api.tree.view.message ?? '';
      assert.match(
        message,
        /^The setting "paymoContacts\.baseUrl" is not valid: Refusing to send credentials over unencrypted http:\/\/ to paymo\.example\.com/,
      );
      assert.match(message, /Use the address of a Paymo API such as https:\/\/app\.paymoapp\.com\/api\//, 'and how to fix it');
    } finally {
      await setSetting('baseUrl', good);
    }
    await until(() => api.auth.state === 'signedIn', 'the saved sign-in to be used again');
    await api.loader.ensureData(); // what the view showing does
    await until(() => api.loader.state === 'ready', 'the tree to load again');
    assert.equal(api.tree.view.message, undefined, 'the message goes with the problem');
  });

  for (const search of SEARCHES) {
    badInput.it(`the search text ${search.text} finds ${search.name} in the quick pick`, async () => {
      await readyApi();
      const found = await acceptingPicks<ClientContact>('paymoContacts.searchContacts', { query: search.text });
      assert.equal(found?.name, search.name);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    badInput.it(`the search text ${search.text} stays one quoted condition in a where filter`, async () => {
      const api = await readyApi();
      await sandboxControl.clearRequests();
      const found = await api.auth.api().listContacts({ where: where.contains('name', search.text) });
      assert.deepEqual(
        found.map((c) => c.name),
        [search.name],
        'exactly the contact whose name holds the text',
      );
      const sent = (await sandboxControl.requests()).map((r) => r.query.where);
      // Pages after the first add only the extension's own `id>N` (the next page starts after the last id read).
      assert.ok(
        sent.length > 0 && sent.every((w) => w === sent[0] || new RegExp(`^${escapeRegExp(sent[0]!)} and id>\\d+$`).test(w!)),
        'the same filter on every page',
      );
      assert.doesNotMatch(sent[0]!, / and /, 'the text did not add a condition');
    });
  }

  badInput.it('a bare % finds only the names that contain a percent sign', async () => {
    const api = await readyApi();
    const found = await api.auth.api().listContacts({ where: where.contains('name', '%') });
    assert.ok(found.length >= 1);
    assert.ok(
      found.every((c) => c.name.includes('%')),
      found.map((c) => c.name).join(', '),
    );
  });
});
