// Which undici dispatcher the API client uses. VS Code's patched Node networking does not apply to undici,
// so the extension passes `http.proxy`/`http.proxyStrictSSL` in, and the standard proxy environment
// variables are honoured here otherwise.
import type { Dispatcher } from 'undici';
import { loadUndici } from './undici';

export interface ProxySettings {
  /** `http.proxy`; empty: the proxy environment variables apply. */
  url: string;
  /** `http.proxyStrictSSL`: false accepts certificates no CA vouches for (a proxy that inspects TLS), with or without `url`. */
  strictSSL: boolean;
}

/** Idle keep-alive sockets are reused for this long: a tree refresh is a burst of paged requests. */
const KEEP_ALIVE_MS = 30_000;

/**
 * Never proxied, as browsers do: a proxy would reach its own machine, not this one (the sandbox),
 * and credentials for a local server have no business on the proxy.
 */
const LOOPBACK = 'localhost,127.0.0.1,[::1]';

export function createDispatcher(proxy: ProxySettings | undefined, env: NodeJS.ProcessEnv = process.env): Dispatcher {
  const { Agent, EnvHttpProxyAgent } = loadUndici();
  const tls = { rejectUnauthorized: proxy?.strictSSL ?? true };
  // `connect` is for direct connections, `requestTls`/`proxyTls` for those through a proxy.
  const common = { keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: KEEP_ALIVE_MS, connect: tls, requestTls: tls, proxyTls: tls };
  if (proxy?.url) {
    return new EnvHttpProxyAgent({ ...common, httpProxy: proxy.url, httpsProxy: proxy.url, noProxy: LOOPBACK });
  }
  // Same precedence as curl and undici: the lower-case variable wins.
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY;
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY;
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  // Empty strings (not undefined) stop undici from reading process.env behind our back.
  if (httpProxy || httpsProxy) {
    return new EnvHttpProxyAgent({
      ...common,
      httpProxy: httpProxy ?? '',
      httpsProxy: httpsProxy ?? '',
      noProxy: noProxy.trim() === '*' ? '*' : `${noProxy},${LOOPBACK}`,
    });
  }
  return new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: KEEP_ALIVE_MS, connect: tls });
}
