// The floor a tree load is measured against: the same pages the store fetched, one after another,
// with a bare undici request and `JSON.parse`, nothing else (no validation, no grouping, no
// rate-limit bookkeeping). What the store costs above this is the extension's own overhead.
import { Agent, request } from 'undici';
import { authorizationHeader } from '../src/paymo/credentials';
import type { BenchSandbox } from './sandbox';
import { storeLoad } from './subjects';

export interface FloorResult {
  /** Bytes of JSON received: what the model is weighed against. */
  bytes: number;
}

export async function floorLoad(urls: readonly string[], authorization: string): Promise<FloorResult> {
  const agent = new Agent();
  let bytes = 0;
  try {
    for (const url of urls) {
      const res = await request(url, { dispatcher: agent, headers: { authorization, accept: 'application/json' } });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`floor: ${res.statusCode} for ${url}: ${text}`);
      JSON.parse(text);
      bytes += Number(res.headers['content-length'] ?? 0);
    }
  } finally {
    await agent.close();
  }
  return { bytes };
}

export interface StorePages {
  /** How many requests the store's load made. */
  requests: number;
  /** The GET pages it read, as absolute URLs to replay. */
  urls: string[];
  authorization: string;
}

/** Runs one store load of the sandbox's data and returns the pages it read, for the floor to replay. */
export async function pagesOfStoreLoad(sb: BenchSandbox, pageSize: number): Promise<StorePages> {
  await sb.clearRequests();
  await storeLoad(sb.info, pageSize);
  const logged = await sb.requests();
  return {
    requests: logged.length,
    urls: logged.filter((r) => r.method === 'GET').map((r) => sb.urlOf(r)),
    authorization: authorizationHeader({ kind: 'apiKey', apiKey: sb.info.apiKey }),
  };
}
