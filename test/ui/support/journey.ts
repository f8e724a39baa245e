import * as fs from 'node:fs';
import * as path from 'node:path';
import type Mocha from 'mocha';
import type { Page } from 'playwright-core';
import { restoreSignIn, uiSession } from './session';

// The journey that runs now: its results folder and the pages it opened. Root hooks set it up and,
// after a failure, save every open page's screen before closing them, then sign in again.
// The journeys share one signed-in session: a journey that signs out or changes the theme puts it
// back before it ends.

interface Journey {
  dir: string;
  pages: Page[];
  shots: number;
}

let journey: Journey | undefined;

export function currentJourney(): Journey {
  if (!journey) {
    throw new Error('Not inside a journey (an `it` run by `npm run test:ui`)');
  }
  return journey;
}

/** The path of the next numbered screenshot of this journey: `01-name.png`, `02-…`. */
export function nextShotPath(name: string): string {
  const j = currentJourney();
  j.shots += 1;
  return path.join(j.dir, `${String(j.shots).padStart(2, '0')}-${slug(name)}.png`);
}

export function trackPage(page: Page): void {
  const j = currentJourney();
  j.pages.push(page);
  const consoleLog = path.join(j.dir, 'browser-console.log');
  page.on('console', (message) => fs.appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => fs.appendFileSync(consoleLog, `[pageerror] ${error.message}\n`));
}

export const journeyHooks: Mocha.RootHookObject = {
  beforeEach(this: Mocha.Context) {
    const title = this.currentTest?.fullTitle() ?? 'journey';
    const dir = path.join(uiSession().resultsDir, slug(title));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    journey = { dir, pages: [], shots: 0 };
  },
  async afterEach(this: Mocha.Context) {
    const j = journey;
    journey = undefined;
    if (!j) {
      return;
    }
    const failed = this.currentTest?.state === 'failed';
    for (const [index, page] of j.pages.entries()) {
      if (failed && !page.isClosed()) {
        const file = path.join(j.dir, j.pages.length > 1 ? `failure-${index + 1}.png` : 'failure.png');
        await page.screenshot({ path: file }).catch(() => undefined);
        uiSession().log(`failure screen saved: ${path.relative(process.cwd(), file)}`);
      }
      await page.close().catch(() => undefined);
    }
    if (failed) {
      await restoreSignIn();
    }
  },
};

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
