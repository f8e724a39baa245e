// A file large enough to take seconds to read: the extension host stays responsive while the import
// preview reads it (the work is in a worker thread), and Cancel stops it with nothing sent to Paymo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ImportReport } from '../../src/interchange/importReport';
import type { PaymoContactsApi } from '../../src/testApi';
import { useTempFolder } from '../support/tempFolder';
import { readyApi } from './support/contacts';
import { sandboxControl } from './support/sandboxControl';

const CARDS = 100_000;
const TICK_MS = 50;

/** `CARDS` cards of the account's own people (each a duplicate, skipped) and, last, one new person. */
function largeFile(api: PaymoContactsApi, newName: string): string {
  const known = api.store.allContacts().filter((c) => c.email);
  const cards: string[] = [];
  for (let i = 0; i < CARDS - 1; i++) {
    const { name, email } = known[i % known.length]!;
    cards.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEMAIL:${email}\r\nTEL;TYPE=CELL:+1 555 ${i}\r\nEND:VCARD\r\n`);
  }
  cards.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${newName}\r\nEND:VCARD\r\n`);
  return cards.join('');
}

/** Runs `work` while a timer asks to fire every TICK_MS: how late it fired at worst, and how long the work took. */
async function whileTicking<T>(work: () => Thenable<T>): Promise<{ result: T; latestMs: number; ms: number }> {
  let last = performance.now();
  let latestMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    latestMs = Math.max(latestMs, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  const start = performance.now();
  try {
    return { result: await work(), latestMs, ms: performance.now() - start };
  } finally {
    clearInterval(timer);
  }
}

describe('Import Contacts: a large file', function () {
  this.timeout(240_000);
  const folder = useTempFolder('import-large');

  it('is read while the extension host stays responsive, and Cancel stops the reading with nothing sent', async () => {
    const api = await readyApi();
    const stamp = Date.now();
    const read = vscode.Uri.file(folder.write('large.vcf', largeFile(api, `Large File New ${stamp}`)));

    // Read to the end: a timer every 50 ms keeps firing on time, and the file's one new person is created.
    const whole = await whileTicking(() =>
      vscode.commands.executeCommand<ImportReport>('paymoContacts.importContacts', { clientId: 5, uri: read, onDuplicate: 'skip', confirmed: true }),
    );
    assert.deepEqual(
      whole.result?.created.map((c) => c.name),
      [`Large File New ${stamp}`],
    );
    assert.equal(whole.result?.skipped.length, CARDS - 1, 'every other card is already in the account');
    assert.ok(whole.latestMs < 1000, `the timer fired at most ${whole.latestMs.toFixed(0)} ms late while ${CARDS} cards were read (${whole.ms.toFixed(0)} ms)`);

    // Cancelled a third of the way through the same reading (most of the time above is the reading; the
    // import of one person after it is short): nothing is sent, and the command ends without a report.
    const cancelled = vscode.Uri.file(folder.write('cancelled.vcf', largeFile(api, `Large File Cancelled ${stamp}`)));
    await sandboxControl.clearRequests();
    const abort = new AbortController();
    setTimeout(() => abort.abort(), whole.ms / 3);
    const report = await vscode.commands.executeCommand<ImportReport>('paymoContacts.importContacts', {
      clientId: 5,
      uri: cancelled,
      onDuplicate: 'skip',
      confirmed: true,
      signal: abort.signal,
    });
    assert.equal(abort.signal.aborted, true);
    assert.equal(report, undefined, 'no import ran');
    assert.deepEqual(
      (await sandboxControl.requests()).filter((r) => r.method !== 'GET'),
      [],
      'nothing was sent to Paymo',
    );
    assert.ok(!api.store.allContacts().some((c) => c.name === `Large File Cancelled ${stamp}`));
  });
});
