import * as assert from 'node:assert/strict';
import { chosenRows, planImport } from '../../../src/interchange/importPlan';
import { previewImport } from '../../../src/interchange/importPreview';
import { ImportJournal } from '../../../src/interchange/importJournal';
import { runImport } from '../../../src/interchange/importRun';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { useApiSandbox } from '../support/apiSandbox';

const CSV = 'Name,Handy,Abteilung,E-mail Address\r\nCsv Mapped Person,+49 170 555,Einkauf,mapped@example.com\r\n';

describe('CSV mapping: columns no field was recognised for, as the user maps them', () => {
  const fx = useApiSandbox();

  it('lists the unrecognised columns, and reads them as the fields the user chose', () => {
    const unmapped = previewImport('export.csv', Buffer.from(CSV), { existing: [] });
    assert.deepEqual(unmapped.unknownColumns, ['Handy', 'Abteilung']);
    assert.equal(unmapped.rows[0]!.fields?.mobile, null);
    const mapped = previewImport('export.csv', Buffer.from(CSV), { existing: [], columns: { Handy: 'mobile', Abteilung: 'position' } });
    assert.equal(mapped.rows[0]!.fields?.mobile, '+49 170 555');
    assert.equal(mapped.rows[0]!.fields?.position, 'Einkauf');
    assert.equal(mapped.rows[0]!.fields?.email, 'mapped@example.com');
  });

  it('a mapped column is not taken for another that has the same header text in another case', () => {
    const preview = previewImport('export.csv', Buffer.from(CSV), { existing: [], columns: { handy: 'mobile' } });
    assert.equal(preview.rows[0]!.fields?.mobile, null);
  });

  it('imports the mapped fields into Paymo', async () => {
    const api = fx.api();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-csv-'));
    try {
      const existing = await api.listContacts();
      const preview = previewImport('export.csv', Buffer.from(CSV), { existing, columns: { Handy: 'mobile', Abteilung: 'position' } });
      const plan = planImport(chosenRows(preview, { forAll: 'skip' }), {
        owner: 'test',
        clientId: 3,
        clientName: 'Client 3',
        fileName: 'export.csv',
        existing,
        skipReason: () => '',
      });
      const report = await runImport(api, ImportJournal.create(folder, plan));
      const contact = await api.getContact(report.created[0]!.contactId!);
      assert.deepEqual([contact.name, contact.mobile, contact.position, contact.client_id], ['Csv Mapped Person', '+49 170 555', 'Einkauf', 3]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
