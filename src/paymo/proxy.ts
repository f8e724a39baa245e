// Which undici dispatcher the client uses. VS Code's patched Node networking does not apply to undici,
// so the extension passes `http.proxy`/`http.proxyStrictSSL` in, and the standard proxy environment
// variables are honoured here otherwise.
import type { Dispatcher } from 'undici';
import { loadUndici } from './undici';

export interface ProxySettings {
  url: string;
  strictSSL: boolean;
}

/** Idle keep-alive sockets are reused for this long: a tree refresh is a burst of paged requests. */
const KEEP_ALIVE_MS = 30_000;

export function createDispatcher(proxy: ProxySettings | undefined, env: NodeJS.ProcessEnv = process.env): Dispatcher {
  const { Agent, EnvHttpProxyAgent, ProxyAgent } = loadUndici();
  const common = { keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: KEEP_ALIVE_MS };
  if (proxy?.url) {
    const tls = { rejectUnauthorized: proxy.strictSSL };
    return new ProxyAgent({ ...common, uri: proxy.url, requestTls: tls, proxyTls: tls });
  }
  // Same precedence as curl and undici: the lower-case variable wins.
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY;
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY;
  // Empty strings (not undefined) stop undici from reading process.env behind our back.
  if (httpProxy || httpsProxy) {
    return new EnvHttpProxyAgent({ ...common, httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy: env.no_proxy ?? env.NO_PROXY ?? '' });
  }
  return new Agent(common);
}
