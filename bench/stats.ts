// Small numeric helpers. The benchmark reports medians and ratios only: these machines are noisy, so
// one run's absolute time means little, and the median of interleaved runs resists a single stall.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `work` and returns its result with the elapsed milliseconds, and the CPU milliseconds this
 * process spent meanwhile (the extension's own work, without the time spent waiting for the server).
 */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Rounds for display and for the JSON file (3 significant decimals are plenty for ratios). */
export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
