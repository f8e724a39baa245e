import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { until } from '../support/until';
import { checkA11y } from './support/a11y';
import { readmeShot } from './support/readmeShots';
import { sandboxData } from './support/sandboxData';
import { Workbench } from './support/workbench';

// A contact created with the keyboard alone: the palette opened with F1, the form reached and
// filled with Tab and typing, the client chosen in its picker with the arrow keys, saved with Ctrl+S.
// No click anywhere.

/** The id of the element that has the focus inside the form's page (custom elements keep theirs). */
function focusedId(form: FrameLocator): Promise<string> {
  return form.locator(':root').evaluate(() => document.activeElement?.id ?? '');
}

describe('Keyboard only', () => {
  it('creates a contact without the mouse: palette, Tab through the form, type, pick the client, Ctrl+S', async () => {
    const wb = await Workbench.open('keyboard-create');
    const { keyboard } = wb.page;
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    await wb.expand(wb.treeRow('Acme Corporation'));
    await wb.treeRows().nth(3).waitFor();
    await readmeShot(wb.page.locator('.part.sidebar'), 'tree-dark');

    const input = await wb.openPalette();
    await keyboard.type('>Paymo: Create Contact');
    await wb.quickInputItem('Paymo: Create Contact…').waitFor();
    await keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    const form = wb.webview();
    await form.locator('#field-name').waitFor({ timeout: 30_000 });
    await checkA11y(form, 'contact form (create, keyboard)');

    // Tab from wherever the focus is until it reaches the client picker, the form's first field.
    await until(
      async () => {
        if ((await focusedId(form)) === 'field-client_id') return true;
        await keyboard.press('Tab');
        return false;
      },
      'Tab to reach the client picker',
      30_000,
    );
    const { clients } = await sandboxData();
    const client = clients.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name))[2]!;
    await keyboard.type(client.name);
    await keyboard.press('ArrowDown');
    await keyboard.press('Enter');

    // The stage's sandbox is new for every run, and no other journey makes her.
    const name = 'Kim Keyboard';
    await keyboard.press('Tab');
    assert.equal(await focusedId(form), 'field-name', 'Tab leads from the client to the name');
    await keyboard.type(name);
    await keyboard.press('Tab');
    assert.equal(await focusedId(form), 'field-email', 'then to the email');
    await keyboard.type('kim.keyboard@example.com');
    await wb.screenshot('typed-with-the-keyboard');
    await keyboard.press('Control+s');
    await form.locator('.banner.info', { hasText: 'Contact created.' }).waitFor({ timeout: 30_000 });

    const created = (await sandboxData()).contacts.find((c) => c.name === name);
    assert.ok(created, 'the sandbox has the new contact');
    assert.deepEqual([created.client_id, created.email], [client.id, 'kim.keyboard@example.com']);
    await checkA11y(form, 'contact form (saved)');
    await wb.setTheme('light');
    await readmeShot(wb.page.locator('.part.editor'), 'contact-form-light', 780);
    await wb.setTheme('dark');
  });
});
