import * as assert from 'node:assert/strict';
import { exportBytes } from '../../../src/interchange/exportBytes';
import { readCsv } from '../../../src/interchange/csvReader';
import { readVCards } from '../../../src/interchange/vcardReader';
import type { ClientContact } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';

describe("An export's bytes", () => {
  const fx = useApiSandbox();
  let contacts: ClientContact[];
  const clientName = (c: ClientContact) => `Client ${c.client_id}`;
  beforeEach(async () => {
    contacts = await fx.api().listContacts();
  });

  it('holds every contact, reporting progress per batch', async () => {
    const progress: number[] = [];
    const bytes = await exportBytes(contacts, { format: 'vcard', clientName, onProgress: (n) => progress.push(n) });
    assert.deepEqual(progress, [250, 300]);
    const read = readVCards(bytes);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.cards.map((c) => c.card.name),
      contacts.map((c) => c.name),
    );
  });

  it('starts a CSV with a UTF-8 byte order mark and one header row', async () => {
    const bytes = Buffer.from(await exportBytes(contacts, { format: 'csv', clientName }));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(readCsv(bytes.toString('utf8')).cards.length, 300);
  });

  it('cancelled midway, it rejects with an AbortError and makes no more batches', async () => {
    const abort = new AbortController();
    const progress: number[] = [];
    await assert.rejects(
      exportBytes(contacts, {
        format: 'vcard',
        clientName,
        signal: abort.signal,
        onProgress: (n) => {
          progress.push(n);
          abort.abort();
        },
      }),
      { name: 'AbortError' },
    );
    assert.deepEqual(progress, [250]);
  });
});
