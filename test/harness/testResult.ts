// How a stage reports its counts to the runner that aggregates them. The extension-host suite
// prints this line through the smoke-test driver's log hook; Node stages write it to a file.

export interface StageCounts {
  passed: number;
  failed: number;
  /** Pending tests (`it.skip`, an `it` without a body). mocha fails on them too (`forbidPending`). */
  skipped: number;
}

const MARKER = 'paymo-test-counts:';

export function countsLine(counts: StageCounts): string {
  return `${MARKER}${JSON.stringify(counts)}`;
}

/** `N passed, N failed, N skipped`: the closing line of a stage and of the whole run. */
export function countsText(counts: StageCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/** The counts from the last marker line in `text`, if there is one. */
export function parseCounts(text: string): StageCounts | undefined {
  const start = text.lastIndexOf(MARKER);
  if (start < 0) {
    return undefined;
  }
  const json = text.slice(start + MARKER.length).split('\n', 1)[0]!;
  const parsed = JSON.parse(json) as Partial<StageCounts>;
  if (typeof parsed.passed !== 'number' || typeof parsed.failed !== 'number' || typeof parsed.skipped !== 'number') {
    return undefined;
  }
  return { passed: parsed.passed, failed: parsed.failed, skipped: parsed.skipped };
}
