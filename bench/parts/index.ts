// Every part of the bench, in the order a full run takes them. The ones that only read the generated
// data go first; the ones that write to it (import, rateLimit, view, refresh) after, each on data it
// prepared itself. A new part: its file in this folder (see ../part.ts), its rows in ../rows.ts, and
// its place in this list.
import type { BenchConfig } from '../config';
import type { Part } from '../part';
import { ROWS } from '../rows';
import { part as activation } from './activation';
import { part as bundle } from './bundle';
import { part as cachedStart } from './cachedStart';
import { part as exportPart } from './export';
import { part as importPart } from './import';
import { part as loads } from './loads';
import { part as memory } from './memory';
import { part as preview } from './preview';
import { part as rateLimit } from './rateLimit';
import { part as read } from './read';
import { part as refresh } from './refresh';
import { part as view } from './view';

export const PARTS: readonly Part[] = [loads, cachedStart, memory, exportPart, read, preview, importPart, rateLimit, bundle, activation, view, refresh];

/** The parts `--only` names, in run order; every part without a selection. Throws on a name no part has. */
export function selectParts(names?: readonly string[]): Part[] {
  if (!names) return [...PARTS];
  const unknown = names.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length) throw new Error(`No bench part named ${unknown.join(', ')}. The parts: ${PARTS.map((p) => p.name).join(', ')}.`);
  return PARTS.filter((part) => names.includes(part.name));
}

/** `--list`: each part's name, roughly how long it takes in a full run, and its rows (id and figure). */
export function partList(cfg: BenchConfig): string {
  const width = Math.max(...ROWS.map((row) => row.id.length));
  return PARTS.map((part) => {
    const rows = part.rows.map((id) => `  ${id.padEnd(width)}  ${ROWS.find((row) => row.id === id)!.figure(cfg)}`);
    return [`${part.name} (${roughly(part.seconds)})`, ...rows].join('\n');
  }).join('\n\n');
}

function roughly(seconds: number): string {
  return seconds < 90 ? `about ${Math.max(5, Math.round(seconds / 5) * 5)} s` : `about ${Math.round(seconds / 60)} min`;
}
