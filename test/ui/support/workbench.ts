import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { CodeServer } from '../../harness/codeServer';
import { until } from '../../support/until';
import { nextShotPath, trackPage } from './journey';
import { DARK_THEME, LIGHT_THEME, uiSession } from './session';

const PAYMO_CONTAINER = 'Paymo';

/** A code-server window in the session's browser, with the moves a journey makes in it. */
export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly viewTitle: string,
  ) {}

  /**
   * Opens a window on a workspace folder of its own (so no journey inherits another's editors), of
   * the session's code-server or of `server`; `viewTitle` is the Paymo view's title in that
   * server's display language.
   */
  static async open(workspace: string, server: CodeServer = uiSession().server, viewTitle = 'Clients & Contacts'): Promise<Workbench> {
    const session = uiSession();
    const folder = path.join(session.runDir, 'workspaces', workspace);
    fs.mkdirSync(folder, { recursive: true });
    const page = await session.browser.context.newPage();
    trackPage(page);
    await page.goto(server.workbenchUrl(folder));
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    return new Workbench(page, viewTitle);
  }

  /** The Paymo container's view pane in the side bar. */
  get paymoView(): Locator {
    return this.page.locator('.part.sidebar .pane').filter({ has: this.page.locator('.pane-header', { hasText: this.viewTitle }) });
  }

  /** Opens the Paymo container from its activity-bar icon (leaves it open when it is already). */
  async openPaymoView(): Promise<Locator> {
    const icon = this.page.locator(`.part.activitybar [aria-label^="${PAYMO_CONTAINER}"]`).first();
    await icon.waitFor({ timeout: 30_000 });
    if (!(await this.paymoView.isVisible())) {
      await icon.click();
    }
    await this.paymoView.waitFor();
    return this.paymoView;
  }

  /** Rows of the Clients & Contacts tree. */
  treeRows(): Locator {
    return this.paymoView.locator('.monaco-list-row');
  }

  /** The tree row whose label is `label` (a client's or a contact's name). */
  treeRow(label: string | RegExp): Locator {
    return this.treeRows()
      .filter({ has: this.page.locator('.label-name', { hasText: label }) })
      .first();
  }

  /**
   * Expands a tree row (leaves it expanded when it is). The tree repaints its rows whenever it
   * refreshes, so the row is found again through its locator on every try, never held.
   */
  async expand(row: Locator): Promise<void> {
    const expanded = row.and(this.page.locator('[aria-expanded="true"]'));
    await until(async () => {
      if (await expanded.count()) return true;
      if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
      return (await expanded.count()) > 0;
    }, 'the row to expand');
  }

  /** Runs a command from the palette by its full title, e.g. `Paymo: Refresh`. */
  async runCommand(title: string): Promise<void> {
    let input!: Locator;
    // The palette can close again as soon as it opened, while the window is still moving focus
    // (a view that finished loading): then it is opened again.
    await until(
      async () => {
        input = await this.openPalette();
        try {
          await input.fill(`>${title}`, { timeout: 5_000 });
          // Click the exact entry: Enter would take whichever fuzzy match the palette ranks first.
          await this.quickInputItem(title).click({ timeout: 5_000 });
          return true;
        } catch {
          await this.page.keyboard.press('Escape').catch(() => undefined);
          return false;
        }
      },
      `the palette to run "${title}"`,
      60_000,
    );
    // The palette closes, or the command's own prompt takes the widget over: either way, what is
    // typed next must not land in the palette.
    const gone = async () => !(await this.quickInput.isVisible()) || (await input.inputValue()) !== `>${title}`;
    // A command that reloads the window takes the page away meanwhile: that is giving way too.
    await until(() => gone().catch(() => true), `the palette to give way after "${title}"`);
  }

  /**
   * Opens the command palette. A key press can land while the window is still settling (or while
   * a menu holds the focus), so it is retried, after Escape, until the palette shows.
   */
  async openPalette(): Promise<Locator> {
    const input = this.quickInput.locator('input');
    for (let attempt = 0; attempt < 5; attempt++) {
      if (attempt > 0) {
        await this.page.keyboard.press('Escape');
      }
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ timeout: 3_000 });
        return input;
      } catch {
        // not shown yet: try again
      }
    }
    await input.waitFor({ timeout: 5_000 });
    return input;
  }

  /** Waits for the quick input whose title contains `title` (the widget is shared by every prompt). */
  async promptTitled(title: string | RegExp): Promise<Locator> {
    await this.quickInput.locator('.quick-input-title', { hasText: title }).waitFor();
    return this.quickInput.locator('input');
  }

  /** The quick input (palette, quick pick, input box). */
  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** The entry of the open quick pick whose label is exactly `label` (or matches it). */
  quickInputItem(label: string | RegExp): Locator {
    const exact = typeof label === 'string' ? new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) : label;
    return this.quickInput
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
      .first();
  }

  /**
   * Right-clicks `target` and chooses `item` from its context menu. A tree repaints its rows when it
   * refreshes (the reload after a cached start, a change), which closes a menu opened on a row it
   * replaced, or shows the entries of the row as it was: the menu is opened again until `item` shows.
   */
  async contextMenu(target: Locator, item: string | RegExp): Promise<void> {
    const menu = this.page.locator('.context-view .monaco-menu');
    const entry = menu.locator('.action-item').filter({ hasText: item }).first();
    for (let attempt = 1; ; attempt++) {
      await target.click({ button: 'right' });
      try {
        await entry.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
        await this.page.keyboard.press('Escape');
        await menu.waitFor({ state: 'detached' });
      }
    }
    // Choosing an entry closes the menu: then the command has been handed its target. A click can
    // land while the focus is still elsewhere (the notification centre, say) and only highlight the
    // entry; the menu then stays open, and the command has not run, so clicking again is safe.
    for (let attempt = 1; ; attempt++) {
      await entry.click();
      try {
        await menu.waitFor({ state: 'detached', timeout: 3_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /**
   * Chooses `file` in code-server's file dialog (a quick input holding a path), screenshots it as
   * `shot`, and waits until `done` (what the chosen file leads to) holds.
   */
  async chooseFile(file: string, done: () => Promise<boolean>, shot: string): Promise<void> {
    const input = this.quickInput.locator('input');
    // It fills in its start folder first; typing before that would be appended to it.
    await until(async () => (await input.inputValue()).endsWith('/'), 'the file dialog');
    // It lists that folder next and may write the folder back into the box meanwhile: type the path
    // once the listing is there, and again until the box keeps it.
    await this.quickInputItem(path.basename(file)).waitFor();
    await until(async () => {
      if ((await input.inputValue()) !== file) await input.fill(file);
      return (await input.inputValue()) === file;
    }, 'the file path in the dialog');
    await this.screenshot(shot);
    await input.press('Enter');
    await until(async () => {
      // Enter on a box the dialog had just reset only opens the folder: choose the file again.
      if ((await this.quickInput.isVisible()) && (await input.inputValue()) !== file) {
        await input.fill(file);
        await input.press('Enter');
      }
      return done();
    }, 'what the chosen file leads to');
  }

  /**
   * The messages in the notification centre, newest first. With the smoke-test driver toasts are
   * not shown, so they are read here.
   */
  async notifications(): Promise<string[]> {
    const centre = this.page.locator('.notifications-center');
    if (!(await centre.isVisible())) {
      await this.runCommand('Notifications: Show Notifications');
    }
    await centre.waitFor();
    return centre.locator('.notification-list-item-message').allInnerTexts();
  }

  /** The content of the newest webview (a contact form), inside its two iframes. */
  webview(): FrameLocator {
    return this.page.locator('iframe.webview.ready').last().contentFrame().locator('#active-frame').contentFrame();
  }

  /** Saves the window as the journey's next numbered screenshot. */
  async screenshot(name: string): Promise<string> {
    const file = nextShotPath(name);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Screenshots in the dark and the light theme (`name-dark`, `name-light`), then back to dark. */
  async screenshotInBothThemes(name: string): Promise<void> {
    await this.setTheme('dark');
    await this.screenshot(`${name}-dark`);
    await this.setTheme('light');
    await this.screenshot(`${name}-light`);
    await this.setTheme('dark');
  }

  /** Switches the colour theme the way a user does (Preferences: Color Theme), and waits until the window shows it. */
  async setTheme(kind: 'dark' | 'light'): Promise<void> {
    const shown = this.page.locator(kind === 'dark' ? '.monaco-workbench.vs-dark' : '.monaco-workbench.vs');
    if (await shown.count()) {
      return;
    }
    const label = kind === 'dark' ? DARK_THEME : LIGHT_THEME;
    await this.runCommand('Preferences: Color Theme');
    const input = this.quickInput.locator('input');
    await input.fill(label);
    await this.quickInputItem(label).click();
    await shown.waitFor({ timeout: 15_000 });
    // The picker previews a theme as soon as it is focused, so the window can show it while the
    // picker is still open; the next quick input would then be mistaken for this one.
    await this.quickInput.waitFor({ state: 'hidden' });
    // The webviews (contact forms) get the theme by message: wait until every open one's page has it.
    const themed = `body.${kind === 'dark' ? 'vscode-dark' : 'vscode-light'}`;
    await until(async () => {
      for (const frame of await this.page.locator('iframe.webview.ready').all()) {
        const content = frame.contentFrame().locator('#active-frame').contentFrame();
        if ((await content.locator(themed).count()) === 0) return false;
      }
      return true;
    }, `the webviews in the ${kind} theme`);
  }
}
