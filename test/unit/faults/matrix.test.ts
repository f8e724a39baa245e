// The fault matrix at the client + store level: every operation × every fault, each its own case.
import { caseGroup } from '../../support/caseCounter';
import { useSandbox } from '../../support/sandbox';
import { makeImage } from '../support/images';
import { runCase } from '../support/faultCase';
import { FAULT_KINDS, type Expected } from '../support/faultKinds';
import { OPERATIONS } from '../support/faultOperations';

const faults = caseGroup('faults (client + store)');

function says(expected: Expected): string {
  if ('ok' in expected) return 'succeeds';
  return expected.cause ? `${expected.kind} (${expected.cause})` : expected.kind;
}

describe('Faults: every operation meets every fault, then succeeds once it is gone', () => {
  const sandbox = useSandbox();
  let image: Uint8Array;
  before(async () => {
    image = await makeImage('png');
  });

  for (const op of OPERATIONS) {
    describe(op.name, () => {
      for (const fault of FAULT_KINDS) {
        faults.it(`${fault.name}: ${says(fault.expect(op))}, nothing lost, the retry succeeds`, async function () {
          this.timeout(15_000);
          await runCase(sandbox.current, op, fault, image);
        });
      }
    });
  }
});
