// Counts synchronous fs calls and network connections while `counting` is set: installed before the
// bundle is required (so that references it takes are patched too), counted only while activate runs.
// Default imports: the modules' own objects, whose members can be replaced (a namespace import's cannot).
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';

export type Counts = { syncFs: Record<string, number>; network: number };
let counting: Counts | undefined;

/** Starts a new count (or stops counting with undefined) and returns it. */
export function countInto<T extends Counts | undefined>(counts: T): T {
  counting = counts;
  return counts;
}

export function countSyncFs(): void {
  const table = fs as unknown as Record<string, unknown>;
  for (const name of Object.keys(fs).filter((n) => n.endsWith('Sync') && typeof table[n] === 'function')) {
    const original = table[name] as (...args: unknown[]) => unknown;
    table[name] = function (this: unknown, ...args: unknown[]) {
      if (counting) counting.syncFs[name] = (counting.syncFs[name] ?? 0) + 1;
      return original.apply(this, args);
    };
  }
}

/** Every TCP/TLS connection (undici, http, fetch) goes through `Socket#connect`; names go through `dns.lookup`. */
export function countNetwork(): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    if (counting) counting.network++;
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = (...args: unknown[]) => {
    if (counting) counting.network++;
    return (lookup as (...a: unknown[]) => unknown)(...args);
  };
}
