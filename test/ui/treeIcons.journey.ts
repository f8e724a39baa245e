import * as assert from 'node:assert/strict';
import { until } from '../support/until';
import { Workbench } from './support/workbench';

describe('Clients and contacts with their pictures', () => {
  it('shows client logos and contact avatars from the thumbnails, codicons otherwise, and marks the main contact', async () => {
    const wb = await Workbench.open('tree-icons');
    await wb.openPaymoView();
    const acme = wb.treeRow('Acme Corporation');
    await acme.waitFor({ timeout: 30_000 });
    const picture = (row: typeof acme) => row.locator('.custom-view-tree-node-item-icon').evaluate((el) => getComputedStyle(el).backgroundImage);
    // The row repaints when its logo arrives: expand it after that.
    await expectPicture(() => picture(acme), 'the Acme logo');
    await wb.expand(acme);

    const aaron = wb.treeRow('Aaron Cooper');
    await aaron.waitFor();
    await expectPicture(() => picture(aaron), "Aaron Cooper's avatar");
    assert.match(await aaron.locator('.label-description').innerText(), /★ main/);

    // A contact without an image keeps a codicon.
    const jj = wb.treeRow('Jean "JJ" Dupont');
    assert.match((await jj.locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '', /codicon-account/);
    await wb.screenshotInBothThemes('tree-with-avatars');

    await aaron.locator('.label-name').hover();
    const hover = wb.page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Main contact' }).first();
    await hover.waitFor({ timeout: 10_000 });
    assert.match(await hover.innerText(), /aaron\.cooper@acme\.example/);
    // The hover fades in; shoot it once it is opaque.
    await until(async () => (await hover.evaluate((el) => getComputedStyle(el).opacity)) === '1', 'the hover to be opaque');
    await wb.screenshot('contact-tooltip');
  });
});

/** Polls until the row's icon shows a picture (a `url(…)` background) rather than a codicon. */
async function expectPicture(read: () => Promise<string>, what: string): Promise<void> {
  await until(async () => /url\(/.test(await read()), what);
}
