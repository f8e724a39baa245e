import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { exportToFile } from '../../../src/interchange/exportFile';
import { readCsv } from '../../../src/interchange/csvReader';
import { readVCards } from '../../../src/interchange/vcardReader';
import type { ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';
import { useTempFolder } from '../../support/tempFolder';

describe('Export to a file', () => {
  const fx = useApiSandbox();
  const dir = useTempFolder('export', 'test');
  let contacts: ClientContact[];
  const clientName = (c: ClientContact) => `Client ${c.client_id}`;
  beforeEach(async () => {
    contacts = await fx.api().listContacts();
  });

  it('writes every contact, reporting progress per batch, and leaves nothing else in the folder', async () => {
    const file = path.join(dir.path, 'contacts.vcf');
    const progress: number[] = [];
    assert.equal(await exportToFile(file, contacts, { format: 'vcard', clientName, onProgress: (n) => progress.push(n) }), 300);
    assert.deepEqual(progress, [250, 300]);
    assert.equal(readVCards(await fs.readFile(file)).cards.length, 300);
    assert.deepEqual(await fs.readdir(dir.path), ['contacts.vcf']);
  });

  it('starts a CSV with a UTF-8 byte order mark and one header row', async () => {
    const file = path.join(dir.path, 'contacts.csv');
    await exportToFile(file, contacts, { format: 'csv', clientName });
    const bytes = await fs.readFile(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(readCsv(bytes.toString('utf8')).cards.length, 300);
  });

  it('cancelled midway: the file that was there is untouched and no partial file is left', async () => {
    const file = path.join(dir.path, 'contacts.vcf');
    await fs.writeFile(file, 'what was there before');
    const abort = new AbortController();
    await assert.rejects(exportToFile(file, contacts, { format: 'vcard', clientName, signal: abort.signal, onProgress: () => abort.abort() }), {
      name: 'AbortError',
    });
    assert.equal(await fs.readFile(file, 'utf8'), 'what was there before');
    assert.deepEqual(await fs.readdir(dir.path), ['contacts.vcf']);
  });

  it("a folder that cannot be written to fails with the file system's error", async () => {
    await assert.rejects(exportToFile(path.join(dir.path, 'missing', 'contacts.vcf'), contacts, { format: 'vcard', clientName }), { code: 'ENOENT' });
  });
});
