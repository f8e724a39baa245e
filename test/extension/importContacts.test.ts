import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ImportReport } from '../../src/interchange/importReport';
import { useTempFolder } from '../support/tempFolder';
import { vcard, vcardFile } from '../support/vcards';
import { serverContactsOf } from './support/serverContacts';
import { errorsDuring, readyApi } from './support/contacts';
import { sandboxControl } from './support/sandboxControl';

describe('Import Contacts', () => {
  const folder = useTempFolder('import', 'test');
  const file = (name: string, text: string) => vscode.Uri.file(folder.write(name, text));

  it('imports a vCard into a client: new people created, one already in the account skipped, all in the tree at the end', async () => {
    const api = await readyApi();
    const known = api.store.contactsOf(1)[0]!;
    const stamp = Date.now();
    const uri = file(
      'people.vcf',
      vcardFile([
        vcard(`FN:Imported A ${stamp}`, `EMAIL:a.${stamp}@example.com`),
        vcard(`FN:${known.name}`, `EMAIL:${known.email}`),
        vcard(`FN:Imported B ${stamp}`),
      ]),
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
    const uri = file(
      'orgs.vcf',
      vcardFile([
        vcard(`FN:Org Person A ${stamp}`, 'ORG:acme corporation'),
        vcard(`FN:Org Person B ${stamp}`, `ORG:${newOrg}`),
        vcard(`FN:Org Person C ${stamp}`),
      ]),
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
    const uri = file('broken.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nthis is no property\r\nEND:VCARD\r\n');
    await sandboxControl.clearRequests();
    const errors = await errorsDuring(api, () => vscode.commands.executeCommand('paymoContacts.importContacts', { clientId: 5, uri, confirmed: true }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /No contact can be read from broken\.vcf: Line 3 is broken/);
    assert.deepEqual(
      (await sandboxControl.requests()).filter((r) => r.method !== 'GET'),
      [],
    );
  });
});
