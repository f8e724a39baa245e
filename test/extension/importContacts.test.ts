import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportReport } from '../../src/interchange/importReport';
import { MAX_ATTEMPTS } from '../../src/paymo';
import { serverContactsOf } from './support/serverContacts';
import { errorsDuring, readyApi } from './support/contacts';
import { sandboxControl } from './support/sandboxControl';

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('Import Contacts', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'paymo-import-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function file(name: string, text: string | Buffer): Promise<vscode.Uri> {
    const target = path.join(dir, name);
    await fs.writeFile(target, text);
    return vscode.Uri.file(target);
  }

  it('imports a vCard into a client: new people created, one already in the account skipped, all in the tree at the end', async () => {
    const api = await readyApi();
    const known = api.store.contactsOf(1)[0]!;
    const stamp = Date.now();
    const uri = await file(
      'people.vcf',
      [card(`FN:Imported A ${stamp}`, `EMAIL:a.${stamp}@example.com`), card(`FN:${known.name}`, `EMAIL:${known.email}`), card(`FN:Imported B ${stamp}`)].join(
        '\r\n',
      ),
    );
    const report = await vscode.commands.executeCommand<ImportReport>('paymoContacts.importContacts', {
      clientId: 5,
      uri,
      onDuplicate: 'skip',
      confirmed: true,
    });
    assert.deepEqual(
      report?.created.map((e) => e.name),
      [`Imported A ${stamp}`, `Imported B ${stamp}`],
    );
    assert.deepEqual(
      report?.skipped.map((e) => e.name),
      [known.name],
    );
    const onServer = (await serverContactsOf(5)).map((c) => c.name);
    assert.ok(onServer.includes(`Imported A ${stamp}`) && onServer.includes(`Imported B ${stamp}`));
    assert.equal(onServer.filter((n) => n === known.name).length, 0, 'the duplicate was not created');
    for (const entry of report!.created) assert.equal(api.store.contact(entry.contactId!)?.client_id, 5, 'in the tree under the client');
  });

  it("puts each card in its organisation's client when asked: an existing one by name, a missing one created first", async () => {
    const api = await readyApi();
    const stamp = Date.now();
    const newOrg = `Org From Card ${stamp}`;
    const uri = await file(
      'orgs.vcf',
      [card(`FN:Org Person A ${stamp}`, 'ORG:acme corporation'), card(`FN:Org Person B ${stamp}`, `ORG:${newOrg}`), card(`FN:Org Person C ${stamp}`)].join(
        '\r\n',
      ),
    );
    const report = await vscode.commands.executeCommand<ImportReport>('paymoContacts.importContacts', {
      clientId: 5,
      uri,
      byOrganization: true,
      confirmed: true,
    });
    assert.equal(report?.created.length, 3);
    const created = api.store.clients().find((c) => c.name === newOrg);
    assert.ok(created, 'the missing client was created');
    const clientOf = (name: string) => api.store.allContacts().find((c) => c.name === name)?.client_id;
    assert.deepEqual([clientOf(`Org Person A ${stamp}`), clientOf(`Org Person B ${stamp}`), clientOf(`Org Person C ${stamp}`)], [1, created.id, 5]);
    assert.deepEqual(
      (await serverContactsOf(created.id)).map((c) => c.name),
      [`Org Person B ${stamp}`],
    );
  });

  it('a file with no readable contact says why, and nothing is sent', async () => {
    const api = await readyApi();
    const uri = await file('broken.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nthis is no property\r\nEND:VCARD\r\n');
    await sandboxControl.clearRequests();
    const errors = await errorsDuring(api, () => vscode.commands.executeCommand('paymoContacts.importContacts', { clientId: 5, uri, confirmed: true }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /No contact can be read from broken\.vcf: Line 3 is broken/);
    assert.deepEqual(
      (await sandboxControl.requests()).filter((r) => r.method !== 'GET'),
      [],
    );
  });

  it('an import stopped by a failure keeps its journal; Resume Import finishes it without creating anyone twice', async () => {
    const api = await readyApi();
    const stamp = Date.now();
    const names = [1, 2, 3, 4].map((i) => `Resumed ${stamp} ${i}`);
    const uri = await file('resume.vcf', names.map((n) => card(`FN:${n}`)).join('\r\n'));
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
      const first = await vscode.commands.executeCommand<ImportReport>('paymoContacts.importContacts', { clientId: 6, uri, confirmed: true });
      assert.equal(first?.remaining, 4);
    });
    assert.match(errors.join('\n'), /Down for maintenance/);
    const report = await vscode.commands.executeCommand<ImportReport>('paymoContacts.resumeImport');
    assert.equal(report?.remaining, 0);
    assert.equal(report?.created.length, 4);
    const onServer = (await serverContactsOf(6)).map((c) => c.name).filter((n) => n.startsWith(`Resumed ${stamp}`));
    assert.deepEqual(onServer.sort(), names, 'each once');
    assert.ok(names.every((n) => api.store.contactsOf(6).some((c) => c.name === n)));
  });
});
