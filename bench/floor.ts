// The floor a tree load is measured against: the same pages the store fetched, one after another,
// with a bare undici request and `JSON.parse`, nothing else (no validation, no grouping, no
// rate-limit bookkeeping). What the store costs above this is the extension's own overhead.
import { Agent, request } from 'undici';

export interface FloorResult {
  /** Bytes of JSON received: what the model is weighed against. */
  bytes: number;
  /** The parsed bodies, only when asked for (the timed runs drop them, as `JSON.parse` output would be). */
  bodies?: unknown[];
}

export async function floorLoad(urls: readonly string[], authorization: string, keepBodies = false): Promise<FloorResult> {
  const agent = new Agent();
  const bodies: unknown[] = [];
  let bytes = 0;
  try {
    for (const url of urls) {
      const res = await request(url, { dispatcher: agent, headers: { authorization, accept: 'application/json' } });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`floor: ${res.statusCode} for ${url}: ${text}`);
      const body: unknown = JSON.parse(text);
      bytes += Number(res.headers['content-length'] ?? 0);
      if (keepBodies) bodies.push(body);
    }
  } finally {
    await agent.close();
  }
  return keepBodies ? { bytes, bodies } : { bytes };
}
