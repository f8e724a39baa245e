import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Frame, FrameLocator } from 'playwright-core';
import { currentJourney, slug } from './journey';
import { uiSession } from './session';

// axe-core over a webview page that a journey has open: its script is put into the page's own frame
// (the webview's inner `#active-frame`) and run there. Every result goes to the UI stage's output,
// page by page, and to `axe-<label>.json` in the journey's folder; serious and critical violations
// fail the journey.

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING: readonly string[] = ['serious', 'critical'];

/**
 * Checks the webview page in `frame` (e.g. `wb.webview()`), named `label` in the output. A page that
 * VS Code makes (the Markdown preview) is checked with `{ ours: false }`: its results are printed but
 * fail nothing, since nothing in this repository can change them.
 */
export async function checkA11y(frame: FrameLocator, label: string, options: { ours: boolean } = { ours: true }): Promise<void> {
  const page = await contentFrame(frame);
  // CSP does not apply to what the test driver evaluates: the page's own policy stays as strict as shipped.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] })')) as AxeResults;
  fs.writeFileSync(path.join(currentJourney().dir, `axe-${slug(label)}.json`), JSON.stringify(results.violations, null, 2));
  const failing = results.violations.filter((v) => FAILING.includes(v.impact ?? ''));
  const others = results.violations.filter((v) => !FAILING.includes(v.impact ?? ''));
  uiSession().log(
    `axe ${label}${options.ours ? '' : " (VS Code's page: not failed on)"}: ${results.passes.length} rules passed, ${failing.length} serious or critical, ${others.length} minor or moderate` +
      (results.violations.length ? `: ${results.violations.map(describe).join('; ')}` : ''),
  );
  if (options.ours) assert.deepEqual(failing.map(describe), [], `axe-core found serious or critical violations on ${label}`);
}

function describe(violation: Result): string {
  const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 3);
  return `${violation.id} (${violation.impact ?? 'unknown'}, ${violation.nodes.length}×: ${targets.join(', ')})`;
}

async function contentFrame(locator: FrameLocator): Promise<Frame> {
  const element = await locator.owner().elementHandle({ timeout: 30_000 });
  const frame = await element?.contentFrame();
  if (!frame) throw new Error('The webview has no page to check');
  return frame;
}
