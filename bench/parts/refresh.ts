// What a refresh costs against a full load of the same account, measured in one run: with
// nothing changed, after changes made behind the extension's back (the tree compared with a full
// load's, every field), the same under the rate limit, and a day of `autoRefreshMinutes: 5`.
import { deepStrictEqual } from 'node:assert/strict';
import { RATE_LIMIT_MODES } from '../../sandbox/rateLimit';
import type { PaymoApi } from '../../src/paymo/api';
import type { AccountStore } from '../../src/store/accountStore';
import { RefreshSchedule } from '../../src/store/refreshSchedule';
import type { BenchContext, Part } from '../part';
import { UNLIMITED, type BenchSandbox } from '../sandbox';
import { timed } from '../stats';
import { loadStore, newClient } from '../subjects';

const CHANGES = { edits: 10, creates: 5, deletes: 5, moves: 2 };
const DAY_MS = 24 * 3600_000;

/** Requests and response bytes of `work`, from the sandbox's request log. */
async function cost(sb: BenchSandbox, work: () => Promise<unknown>): Promise<{ requests: number; bytes: number }> {
  await sb.clearRequests();
  await work();
  const log = await sb.requests();
  return { requests: log.length, bytes: log.reduce((sum, r) => sum + r.bytes, 0) };
}

/** The edits, creates, deletes and moves of the issue, made through another client as Paymo's web app would. */
async function changeBehindItsBack(admin: PaymoApi, store: AccountStore, round: number): Promise<void> {
  const clients = store.clients().filter((c) => store.contactsOf(c.id).length > 2);
  const pick = (i: number) => store.contactsOf(clients[(round * 40 + i) % clients.length]!.id);
  for (let i = 0; i < CHANGES.edits; i++) await admin.updateContact(pick(i)[1]!.id, { position: `Edited ${round}.${i}` });
  for (let i = 0; i < CHANGES.creates; i++) await admin.createContact({ client_id: clients[i % clients.length]!.id, name: `Created ${round}.${i}` });
  for (let i = 0; i < CHANGES.deletes; i++) await admin.deleteContact(pick(20 + i)[2]!.id);
  for (let i = 0; i < CHANGES.moves; i++) await admin.updateContact(pick(30 + i)[1]!.id, { client_id: clients[(35 + i) % clients.length]!.id });
}

function contents(store: AccountStore): unknown {
  return { clients: [...store.clients()].sort((a, b) => a.id - b.id), contacts: store.allContacts().sort((a, b) => a.id - b.id) };
}

async function run({ cfg, sandbox: sb }: BenchContext) {
  await sb.fill(cfg.large.clients, cfg.large.contactsPerClient);
  const api = newClient(sb.info, cfg.pageSize);
  const admin = newClient(sb.info, cfg.pageSize);
  try {
    let store: AccountStore | undefined;
    const full = await cost(sb, async () => {
      store = await loadStore(api);
    });
    const idle = await cost(sb, () => store!.sync(api));

    await changeBehindItsBack(admin, store!, 0);
    const changed = await cost(sb, () => store!.sync(api));
    const reference = await loadStore(newClient(sb.info, cfg.pageSize));
    deepStrictEqual(contents(store!), contents(reference), 'the refreshed tree differs from a full load');

    // Under Paymo's limit: a full load, and a refresh after the same kind of changes, each from a fresh window.
    const limit = { limit: cfg.rateLimit.limit, periodSeconds: cfg.rateLimit.periodSeconds };
    await sb.setRateLimit(limit);
    const limitedFull = await timed(() => loadStore(newClient(sb.info, cfg.pageSize)));
    await sb.setRateLimit(UNLIMITED);
    await changeBehindItsBack(admin, store!, 1);
    await sb.setRateLimit(limit);
    const limitedDelta = await timed(() => store!.sync(api));
    await sb.setRateLimit(UNLIMITED);

    // A day of background refreshes every 5 minutes with nothing changed, on a clock the schedule is given.
    const schedule = new RefreshSchedule(5);
    let now = 0;
    let lastSuccess = 0;
    let refreshes = 0;
    const day = await cost(sb, async () => {
      for (;;) {
        now = schedule.dueAt(lastSuccess)!;
        if (now > DAY_MS) break;
        await store!.sync(api);
        refreshes++;
        lastSuccess = now;
        schedule.ended(now, true);
      }
    });
    const perHour = day.requests / 24;
    // Against Paymo's own limit: the bench's window is shorter only so that its waits are short.
    const paymo = RATE_LIMIT_MODES.paymo;
    const budgetPerHour = (paymo.limit / paymo.periodSeconds) * 3600;
    const fullNote = `full load: ${full.requests} requests, ${(full.bytes / 1024).toFixed(0)} KiB`;
    return {
      'refresh.idle.requests': { value: idle.requests, note: `${idle.bytes} bytes; ${fullNote}` },
      'refresh.idle.requestRatio': { value: idle.requests / full.requests },
      'refresh.idle.byteRatio': { value: idle.bytes / full.bytes },
      'refresh.changed.requests': {
        value: changed.requests,
        note: `${CHANGES.edits} edits, ${CHANGES.creates} creates, ${CHANGES.deletes} deletes, ${CHANGES.moves} moves; tree equal to a full load's, every field`,
      },
      'refresh.changed.requestRatio': { value: changed.requests / full.requests },
      'refresh.limited.seconds': { value: limitedDelta.ms / 1000, note: `full load under the limit: ${(limitedFull.ms / 1000).toFixed(1)} s` },
      'refresh.limited.ratio': { value: limitedDelta.ms / limitedFull.ms },
      'refresh.auto.perHour': { value: perHour, note: `${refreshes} refreshes in 24 h, ${day.requests} requests` },
      'refresh.auto.budgetShare': {
        value: perHour / budgetPerHour,
        note: `of ${budgetPerHour} requests an hour (Paymo's ${paymo.limit} per ${paymo.periodSeconds} s)`,
      },
    };
  } finally {
    await sb.setRateLimit(UNLIMITED);
    await Promise.all([api.dispose(), admin.dispose()]);
  }
}

export const part: Part = {
  name: 'refresh',
  seconds: 73,
  rows: [
    'refresh.idle.requests',
    'refresh.idle.requestRatio',
    'refresh.idle.byteRatio',
    'refresh.changed.requests',
    'refresh.changed.requestRatio',
    'refresh.limited.seconds',
    'refresh.limited.ratio',
    'refresh.auto.perHour',
    'refresh.auto.budgetShare',
  ],
  run,
};
