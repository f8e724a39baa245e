// Counts the cases of a named group (faults, bad input, security) and prints, once the whole mocha
// run is over, how many were tried and how many held: `faults: 77/77 held`. Mocha still gives the
// harness its pass/fail totals; these lines say what the suite claims, group by group, in `npm test`.
//
// Call `caseGroup(name)` at a test file's top level (not inside `describe`): the first call registers
// the one root `after` hook that prints every group of the run.

export interface CaseGroup {
  /** A mocha `it` counted in this group: tried when it starts, held when it passes. */
  it(title: string, body: (this: Mocha.Context) => Promise<void> | void): Mocha.Test;
}

interface Tally {
  tried: number;
  held: number;
  failed: string[];
}

const tallies = new Map<string, Tally>();
let reporting = false;

export function caseGroup(name: string): CaseGroup {
  if (!reporting) {
    reporting = true;
    after(() => console.log(caseGroupSummary()));
  }
  const tally = tallies.get(name) ?? { tried: 0, held: 0, failed: [] };
  tallies.set(name, tally);
  return {
    it(title, body) {
      return it(title, async function (this: Mocha.Context) {
        tally.tried += 1;
        try {
          await body.call(this);
        } catch (error) {
          tally.failed.push(this.test?.fullTitle() ?? title);
          throw error;
        }
        tally.held += 1;
      });
    },
  };
}

/** One line per group, then the cases that did not hold. */
export function caseGroupSummary(): string {
  const lines: string[] = [];
  for (const [name, t] of tallies) {
    lines.push(`${name}: ${t.held}/${t.tried} held`);
    for (const title of t.failed) lines.push(`  did not hold: ${title}`);
  }
  return lines.join('\n');
}
