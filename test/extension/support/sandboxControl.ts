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
  /** The requests logged since the last clear, as `METHOD /path` (what an assertion compares). */
  sent: async () => (await requestLog(suiteSandbox())).map((r) => `${r.method} ${r.path}`),
  /** The same, writes only (no GET). */
  writes: async () => (await requestLog(suiteSandbox())).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
  reset: (seed: 'demo' | 'empty') => resetSandbox(suiteSandbox(), seed),
  /** Whether a contact can sign in to the portal with this email and password. */
  portalLogin: (email: string, password: string) => portalLogin(suiteSandbox(), email, password),
};
