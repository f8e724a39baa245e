// The suite's sandbox's /__sandbox/ control endpoints, from the extension host: the runner started
// that sandbox, so only its HTTP side (test/support/sandboxControl.ts, which loads no SQLite) is used.
import type { FaultSpec } from '../../../sandbox/faults';
import {
  clearFaults,
  clearQuirks,
  clearRequestLog,
  injectFault,
  portalLogin,
  requestLog,
  resetSandbox,
  setQuirks,
  type QuirkSpec,
} from '../../support/sandboxControl';
import { suiteSandbox } from './sandbox';

export const sandboxControl = {
  fault: (spec: FaultSpec) => injectFault(suiteSandbox(), spec),
  clearFaults: () => clearFaults(suiteSandbox()),
  quirks: (spec: QuirkSpec) => setQuirks(suiteSandbox(), spec),
  clearQuirks: () => clearQuirks(suiteSandbox()),
  requests: () => requestLog(suiteSandbox()),
  clearRequests: () => clearRequestLog(suiteSandbox()),
  reset: (seed: 'demo' | 'empty') => resetSandbox(suiteSandbox(), seed),
  /** Whether a contact can sign in to the portal with this email and password. */
  portalLogin: (email: string, password: string) => portalLogin(suiteSandbox(), email, password),
};
