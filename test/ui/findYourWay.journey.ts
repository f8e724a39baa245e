import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { until } from '../support/until';
import { sandboxData, withPaymo } from './support/sandboxData';
import { Workbench } from './support/workbench';

// Finding one's way in an account: the view filtered by a name typed without its accent, then by
// portal access (checked in the same quick pick), sorted by last change; an edit made through the API
// (behind the extension's back) shows after Refresh as a number on the view's badge and a mark on the
// row, Show Changes lists it with its old and new value, and choosing it reveals the contact.

/** The number on the Paymo icon in the activity bar (0 without a badge). */
async function badge(wb: Workbench): Promise<number> {
  const content = wb.page
    .locator('.part.activitybar .action-item')
    .filter({ has: wb.page.locator('[aria-label^="Paymo"]') })
    .locator('.badge-content');
  if (!(await content.isVisible())) return 0;
  return Number((await content.innerText()).trim()) || 0;
}

/** A button of the view's title bar (the container has one view: its title bar carries the view's actions). */
function titleButton(wb: Workbench, label: string): Locator {
  return wb.page.locator(`.part.sidebar .composite.title [aria-label="${label}"]`);
}

describe('Find your way: filter, sort, what changed', () => {
  it('filters by a name and by portal access, sorts by last change, and shows an edit made elsewhere', async () => {
    const { clients, contacts } = await sandboxData();
    const active = clients.filter((c) => c.active);
    const withPortal = active.filter((c) => contacts.some((k) => k.client_id === c.id && k.access));
    const withoutPortal = active.find((c) => !withPortal.includes(c))!;
    const wb = await Workbench.open('find-your-way');
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    // Changes other journeys made since this account's tree was last shown are not this journey's.
    if ((await badge(wb)) > 0) {
      await wb.runCommand('Paymo: Show Changes');
      await wb.quickInput.locator('.quick-input-titlebar [aria-label="Mark All as Seen"]').click();
      await until(async () => (await badge(wb)) === 0, 'no change left unseen');
    }

    // The words typed filter as they are typed: no accent needed.
    await wb.runCommand('Paymo: Filter…');
    const input = await wb.promptTitled(/^Filter: /);
    await input.fill('siobhan');
    await wb.treeRow(withoutPortal.name).waitFor({ state: 'detached' });
    await input.press('Enter');
    await wb.quickInput.waitFor({ state: 'hidden' });
    const acme = wb.treeRow('Acme Corporation');
    await until(async () => /1 of \d+ contacts/.test((await acme.getAttribute('aria-label')) ?? ''), 'Acme to say "1 of N contacts"');
    await wb.expand(acme);
    await wb.treeRow("Siobhán O'Brien").waitFor();
    assert.equal(await wb.treeRows().count(), 2, 'Acme and Siobhán, nothing else');
    const header = wb.paymoView.locator('.pane-header');
    await until(async () => ((await header.getAttribute('aria-label')) ?? '').includes('filtered: “siobhan”'), 'the view to say what it is filtered by');
    await wb.screenshotInBothThemes('filtered-by-a-name');

    // Portal access, checked in the same quick pick, the words cleared.
    await wb.runCommand('Paymo: Filter…');
    await (await wb.promptTitled(/^Filter: /)).fill('');
    await wb.quickInputItem('Contacts with portal access').click();
    await wb.screenshot('filter-quick-pick');
    await wb.quickInput.locator('input').press('Enter');
    await wb.quickInput.waitFor({ state: 'hidden' });
    await wb.treeRow(withPortal.at(-1)!.name).waitFor();
    await wb.treeRow(withoutPortal.name).waitFor({ state: 'detached' });
    await until(async () => ((await header.getAttribute('aria-label')) ?? '').includes('filtered: portal access'), 'the view to say portal access');
    await wb.screenshot('filtered-by-portal-access');
    await titleButton(wb, 'Clear Filter').click();
    await wb.treeRow(withoutPortal.name).waitFor();

    // Someone edits a contact in Paymo's web app; Refresh brings it, marked.
    const client = active.filter((c) => c.name !== 'Acme Corporation').sort((a, b) => b.name.localeCompare(a.name))[0]!;
    const contact = contacts.filter((c) => c.client_id === client.id).at(-1)!;
    await withPaymo((paymo) => paymo.updateContact(contact.id, { position: 'Changed in the web app' }));
    await titleButton(wb, 'Refresh').click();
    await until(async () => (await badge(wb)) === 1, 'the badge to count the change');

    await wb.runCommand('Paymo: Sort By…');
    await wb.quickInputItem('Last Change').click();
    await until(async () => (await wb.treeRows().first().locator('.label-name').innerText()).trim() === client.name, `${client.name} first, changed last`);
    await wb.expand(wb.treeRow(client.name));
    await wb.treeRow(contact.name).waitFor();
    await wb.screenshotInBothThemes('sorted-by-last-change-with-a-change-marked');

    await wb.runCommand('Paymo: Show Changes');
    await wb.promptTitled('Changes Made Elsewhere');
    const change = wb.quickInputItem(contact.name);
    await change.waitFor();
    assert.ok((await change.innerText()).includes(`Position: ${contact.position ?? '(none)'} → Changed in the web app`), await change.innerText());
    await wb.screenshot('show-changes');
    await change.click();
    await wb.treeRow(contact.name).and(wb.page.locator('[aria-selected="true"]')).waitFor();
    await until(async () => (await badge(wb)) === 0, 'the change to be seen');
  });
});
