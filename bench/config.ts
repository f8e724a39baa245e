// What a run measures: the full data sets, or a tiny smoke run that exercises every part
// in seconds (for `npm run bench:smoke` and its mocha test).
import { RATE_LIMIT_MODES } from '../sandbox/rateLimit';

export interface DataSet {
  clients: number;
  contactsPerClient: number;
}

export interface BenchConfig {
  name: 'full' | 'smoke';
  pageSize: number;
  /** The set every figure is measured on. */
  large: DataSet;
  /** A set with a tenth of the clients, to show how the request count scales. */
  small: DataSet;
  /** Interleaved runs of each load; medians are taken over these. */
  runs: number;
  updates: number;
  rateLimit: { limit: number; periodSeconds: number };
}

/**
 * Paymo's 5 requests per window, in a 2-second window instead of Paymo's 5 seconds: the time in
 * between is only waited out, and the rate-limited rows (updates, import, refresh) count windows, so
 * their ratios to the limit's minimum keep their meaning (the client's pacing adds about 0.1 s a
 * window, which is 2% of Paymo's window and 5% of this one). A full run took 8 minutes instead of 15.5.
 */
const BENCH_WINDOW = { limit: RATE_LIMIT_MODES.paymo.limit, periodSeconds: 2 };

export const FULL: BenchConfig = {
  name: 'full',
  pageSize: 100,
  large: { clients: 1000, contactsPerClient: 10 },
  small: { clients: 100, contactsPerClient: 10 },
  runs: 9,
  updates: 50,
  rateLimit: BENCH_WINDOW,
};

// Paymo's 5 requests per window, but a one-second window, so six updates still cross a window
// boundary (the part's logic is exercised) in about a second.
export const SMOKE: BenchConfig = {
  name: 'smoke',
  pageSize: 25,
  large: { clients: 20, contactsPerClient: 5 },
  small: { clients: 2, contactsPerClient: 5 },
  runs: 1,
  updates: 6,
  rateLimit: { limit: 5, periodSeconds: 1 },
};

export function contacts(set: DataSet): number {
  return set.clients * set.contactsPerClient;
}

/** Requests to read `items` in pages of `pageSize`: until a page comes back short (possibly empty). */
export function pagesFor(items: number, pageSize: number): number {
  return Math.floor(items / pageSize) + 1;
}

/**
 * The sandbox counts fixed windows per key: a window opens with the first request after the previous
 * one ended and admits `limit` requests for `periodSeconds`. Requests sent at the best moments: the
 * first `limit` at t=0, the next `limit` when the second window opens at t=P, ... so the last batch
 * starts at (ceil(n/limit) - 1) * P. Plus the last answer's own latency, which this leaves out.
 */
export function minimumSeconds(n: number, limit: number, periodSeconds: number): number {
  return (Math.ceil(n / limit) - 1) * periodSeconds;
}

/** The import part's file: contacts, how many carry a photo, and how many kill-and-resume rounds. */
export function importSize(cfg: BenchConfig): { contacts: number; photos: number; rounds: number; photoEvery: number } {
  const contacts = cfg.name === 'full' ? 500 : 20;
  const photoEvery = 10;
  return { contacts, photos: Math.floor(contacts / photoEvery), rounds: cfg.name === 'full' ? 5 : 2, photoEvery };
}

/** The read part's cards (megabytes of photo or note), its rounds, and how long the baseline may take. */
export interface ReadSizes {
  photoMb: number;
  noteMb: number;
  /** The note's sizes for the time per MB, smallest first. */
  perMb: number[];
  rounds: number;
  /** How long the baseline may read each card before it is stopped. */
  baselineSeconds: { photo: number; note: number };
}

export function readSizes(cfg: BenchConfig): ReadSizes {
  return cfg.name === 'full'
    ? { photoMb: 2, noteMb: 20, perMb: [1, 4, 16], rounds: 7, baselineSeconds: { photo: 45, note: 20 } }
    : { photoMb: 0.125, noteMb: 0.5, perMb: [0.125, 0.25, 0.5], rounds: 1, baselineSeconds: { photo: 20, note: 20 } };
}

/** The preview part's files: the large one's cards, the small one's (for linearity), runs of each, the baseline's cards, and the cards of one name. */
export interface PreviewSizes {
  cards: number;
  smallCards: number;
  runs: number;
  oldCards: number;
  oneName: number;
}

export function previewSize(cfg: BenchConfig): PreviewSizes {
  return cfg.name === 'full'
    ? { cards: 100_000, smallCards: 25_000, runs: 3, oldCards: 25_000, oneName: 20_000 }
    : { cards: 2_000, smallCards: 500, runs: 1, oldCards: 500, oneName: 1_000 };
}

export function describeSet(set: DataSet): string {
  return `${set.clients.toLocaleString('en')} clients/${contacts(set).toLocaleString('en')} contacts`;
}
