// One case of the fault matrix from start to end: a contact of its own and a loaded store; the fault
// on the operation's requests; the user's action and its outcome (the typed error and its message,
// nothing lost, the store not emptied, a create sent once); then the fault cleared and the user's
// retry, which must succeed.
import * as assert from 'node:assert/strict';
import { PaymoApi, PaymoError, type PaymoErrorKind } from '../../../src/paymo';
import { AccountStore } from '../../../src/store/accountStore';
import { clearFaults, injectFault, requestLog, type Sandbox } from '../../support/sandbox';
import { untilSandboxSettled } from '../../support/settled';
import { call } from './sandboxHttp';
import { CLIENT_TIMEOUT_MS, type Expected, type FaultKind } from './faultKinds';
import type { FaultCase, FaultOperation } from './faultOperations';

let made = 0;

function clientOf(sb: Sandbox, timeoutMs?: number): PaymoApi {
  return new PaymoApi({ baseUrl: sb.apiUrl, credentials: { kind: 'apiKey', apiKey: sb.apiKey }, timeoutMs });
}

async function prepare(sb: Sandbox, image: Uint8Array): Promise<FaultCase> {
  made += 1;
  const admin = clientOf(sb);
  const { contact } = await admin.createContact({ client_id: 2, name: `Fault Target ${made}`, email: `fault-target-${made}@example.test` });
  const api = clientOf(sb, CLIENT_TIMEOUT_MS);
  const store = new AccountStore();
  await store.sync(api, { full: true });
  const newContact = Object.freeze({
    client_id: 3,
    name: `Fault Create ${made}`,
    email: `fault-create-${made}@example.test`,
    notes: 'Typed in the form:\nmet at the fault-tolerance meetup.',
  });
  return { sb, api: api, admin, store, contact, newContact, otherClientId: 4, portalPassword: `Portal-${made}-secret`, image };
}

/** Someone else deletes the contact (for a create: a client made for the purpose, the one the form names). */
async function goneElsewhere(c: FaultCase, op: FaultOperation): Promise<FaultCase> {
  if (!op.create) {
    await c.admin.deleteContact(c.contact.id);
    return c;
  }
  const created = await call<{ clients: { id: number }[] }>(c.sb, 'POST', 'clients', { body: { name: `Short-lived Client ${made}` } });
  const clientId = created.json.clients[0]!.id;
  assert.equal((await call(c.sb, 'DELETE', `clients/${clientId}`)).status, 200);
  return { ...c, newContact: Object.freeze({ ...c.newContact, client_id: clientId }) };
}

/** Waits until the sandbox has finished every request it received (a delayed one lands after the client gave up). */
const settle = (sb: Sandbox) => untilSandboxSettled(() => requestLog(sb));

async function outcomeOf(run: Promise<void>): Promise<{ ok: true } | { error: unknown }> {
  try {
    await run;
    return { ok: true };
  } catch (error) {
    return { error };
  }
}

function assertOutcome(outcome: { ok: true } | { error: unknown }, expected: Expected): void {
  if ('ok' in expected) {
    if ('error' in outcome) throw new Error(`Expected success, got ${String(outcome.error)}`, { cause: outcome.error });
    return;
  }
  assert.ok('error' in outcome, `Expected a ${expected.kind} error, but it succeeded`);
  const error = outcome.error;
  assert.ok(error instanceof PaymoError, `Expected a PaymoError, got ${String(error)}`);
  assert.equal(error.kind, expected.kind, error.message);
  assert.match(error.message, expected.message);
  if (expected.cause) assert.equal((error.cause as { kind?: PaymoErrorKind }).kind, expected.cause);
}

export async function runCase(sb: Sandbox, op: FaultOperation, fault: FaultKind, image: Uint8Array): Promise<void> {
  let c = await prepare(sb, image);
  try {
    const gone = !fault.spec;
    if (gone) c = await goneElsewhere(c, op);
    const typed = structuredClone(c.newContact);
    const before = { contacts: c.store.allContacts().length, clients: c.store.clients().length };
    if (fault.spec) await injectFault(sb, { ...fault.spec, ...op.target(c) });
    const logBefore = (await requestLog(sb)).length;

    const expected = fault.expect(op);
    const outcome = await outcomeOf(op.act(c));
    assertOutcome(outcome, expected);

    assert.equal(c.store.clients().length, before.clients, 'no client left the view');
    if ('error' in outcome) {
      assert.equal(c.store.allContacts().length, before.contacts, 'a failure changes nothing in the store');
      if (!op.create && !gone) assert.ok(c.store.contact(c.contact.id), 'the contact is still shown');
    }
    assert.deepEqual(c.newContact, typed, 'what the user typed is unchanged');
    if (op.create && 'kind' in expected && expected.kind === 'outcomeUnknown') {
      const posts = (await requestLog(sb)).slice(logBefore).filter((r) => r.method === 'POST');
      assert.equal(posts.length, 1, 'a create that may have reached the server is not sent again');
    }

    await clearFaults(sb);
    await settle(sb);
    await op.retry(c, gone);
  } finally {
    await clearFaults(sb);
    await settle(sb);
    await Promise.all([c.api.dispose(), c.admin.dispose()]);
  }
}
