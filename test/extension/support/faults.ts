// What the extension-host fault suites share: faults that last until cleared, waiting for the
// sandbox to finish what it received (a delayed request lands after the client gave up), a short
// request timeout for timeout cases, and leaving no form draft behind.
import type { FaultSpec } from '../../../sandbox/faults';
import type { PaymoContactsApi } from '../../../src/testApi';
import { untilSandboxSettled } from '../../support/settled';
import { closeForms } from './forms';
import { setSetting, until } from './paymoApi';
import { sandboxControl } from './sandboxControl';

/** A fault on every matching request until `sandboxControl.clearFaults()`: "once the fault is gone". */
export function faultUntilCleared(spec: FaultSpec): Promise<unknown> {
  return sandboxControl.fault({ count: 1000, ...spec });
}

/** The fault is gone: cleared, and everything it delayed has landed. */
export async function faultGone(): Promise<void> {
  await sandboxControl.clearFaults();
  await untilSandboxSettled(sandboxControl.requests);
}

/** The sandbox's `delay` for timeout cases outlasts this one-second request timeout. */
export const TIMEOUT_DELAY_MS = 2500;

/** Runs `fn` with `paymoContacts.requestTimeoutSeconds` at 1 (the session makes a new client for it). */
export async function withOneSecondTimeout(api: PaymoContactsApi, fn: () => Promise<void>): Promise<void> {
  await changeClientSetting(api, 1);
  try {
    await fn();
  } finally {
    await faultGone();
    await changeClientSetting(api, undefined);
  }
}

/** Changes the timeout and waits for the session's new client and the reload that follows. */
async function changeClientSetting(api: PaymoContactsApi, seconds: number | undefined): Promise<void> {
  const before = api.auth.api();
  await setSetting('requestTimeoutSeconds', seconds);
  await until(() => api.auth.state === 'signedIn' && api.auth.api() !== before, 'the session to use the new timeout');
  await api.loader.whenIdle();
}

/** Discards what every open form holds (so no draft is left in workspace state for later tests), then closes them. */
export async function discardForms(api: PaymoContactsApi): Promise<void> {
  for (const key of api.panels.keys()) await api.panels.simulate(key, { type: 'discard' });
  await closeForms(api);
}
