import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { uiSession } from './session';

// The README's pictures, cropped to the part of the window they show, written to
// test-results/ui/readme/. docs/images/ holds the committed copies: copy them over when the look
// changes (a test run never writes into the repository).

/** Saves `part` of the window as `name.png`, at most `maxWidth` pixels wide (cut on the right). */
export async function readmeShot(part: Locator, name: string, maxWidth = Infinity): Promise<void> {
  const dir = path.join(uiSession().resultsDir, 'readme');
  fs.mkdirSync(dir, { recursive: true });
  const box = await part.boundingBox();
  if (!box) throw new Error(`${name}: the part to show is not on screen`);
  await part.page().screenshot({ path: path.join(dir, `${name}.png`), clip: { ...box, width: Math.min(box.width, maxWidth) } });
}
