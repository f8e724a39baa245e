import * as assert from 'node:assert/strict';
import { until } from '../support/until';
import { Workbench } from './support/workbench';

// Show Log, as a user reaches it from the palette: the Output panel opens on the "Paymo" log, which
// says what this window's extension did.

describe('The Paymo log', () => {
  it('Paymo: Show Log opens the Output panel on the Paymo log, with what this window loaded', async () => {
    const wb = await Workbench.open('show-log');
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });

    await wb.runCommand('Paymo: Show Log');
    const panel = wb.page.locator('.part.panel');
    await panel.waitFor();
    const lines = panel.locator('.monaco-editor .view-lines');
    // The loads this window made, as the Paymo log words them (no other channel does).
    await until(
      async () => /\[info\][\s\S]*\d+\sclients\sand\s\d+\scontacts/.test(await lines.innerText().catch(() => '')),
      'the Paymo log in the Output panel',
    );
    assert.ok(await panel.locator('.monaco-select-box[title="Paymo"], select.monaco-select-box').first().isVisible());
    await wb.screenshot('paymo-log');
  });
});
