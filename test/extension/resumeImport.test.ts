import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ImportReport } from '../../src/interchange/importReport';
import { MAX_ATTEMPTS } from '../../src/paymo';
import { useTempFolder } from '../support/tempFolder';
import { vcard, vcardFile } from '../support/vcards';
import { errorsDuring, readyApi } from './support/contacts';
import { command } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { serverContactsOf } from './support/serverContacts';

describe('Resume Import', () => {
  const folder = useTempFolder('resume-import');

  it('finishes an import a failure stopped, whose journal was kept, without creating anyone twice', async () => {
    const api = await readyApi();
    const stamp = Date.now();
    const names = [1, 2, 3, 4].map((i) => `Resumed ${stamp} ${i}`);
    const uri = vscode.Uri.file(folder.write('resume.vcf', vcardFile(names.map((n) => vcard(`FN:${n}`)))));
    // The first create's connection dies after Paymo stored it, and the look-up for it fails too.
    await sandboxControl.fault({ action: 'dropAfter', method: 'POST', path: '/api/clientcontacts' });
    await sandboxControl.fault({
      action: 'status',
      status: 503,
      message: 'Down for maintenance',
      method: 'GET',
      path: '/api/clientcontacts',
      count: MAX_ATTEMPTS,
    });
    const errors = await errorsDuring(api, async () => {
      const first = await command<ImportReport>('importContacts', { clientId: 6, uri, confirmed: true });
      assert.equal(first?.remaining, 4);
    });
    assert.match(errors.join('\n'), /Down for maintenance/);
    const report = await command<ImportReport>('resumeImport');
    assert.equal(report?.remaining, 0);
    assert.equal(report?.created.length, 4);
    const onServer = (await serverContactsOf(6)).map((c) => c.name).filter((n) => n.startsWith(`Resumed ${stamp}`));
    assert.deepEqual(onServer.sort(), names, 'each once');
    assert.ok(names.every((n) => api.store.contactsOf(6).some((c) => c.name === n)));
  });
});
