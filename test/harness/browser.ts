import * as fs from 'node:fs';
import { Browser, BrowserContext, chromium } from 'playwright-core';

// Debian's Chromium: nothing is downloaded. Playwright refuses --user-data-dir in args.
export const CHROMIUM = process.env.PAYMO_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WorkbenchBrowser {
  /**
   * One context for a whole stage: code-server keeps SecretStorage in the browser's localStorage,
   * so pages opened later in this context see what an earlier sign-in stored.
   */
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchWorkbenchBrowser(): Promise<WorkbenchBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's "chromium" package (apt-get install chromium).`);
  }
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return { context, close: () => browser.close() };
}
