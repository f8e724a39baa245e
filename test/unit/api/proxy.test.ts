import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import { PaymoNetworkError } from '../../../src/paymo';
import { rejection, useApiSandbox } from '../support/apiSandbox';

/** A minimal forward proxy (CONNECT tunnels and absolute-URI requests) that records what went through it. */
async function startProxy(): Promise<{ url: string; seen: string[]; close: () => Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    // The sandbox listens on 127.0.0.1 only; the tests reach it as 127.0.0.2, which is not bypassed.
    const upstream = net.connect(Number(port), host === THROUGH_PROXY ? '127.0.0.1' : host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback address that the client does not exempt from proxies, so that requests to it show the proxy at work. */
const THROUGH_PROXY = '127.0.0.2';

const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];

describe('PaymoApi: proxies', () => {
  const fx = useApiSandbox();
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let saved: Record<string, string | undefined>;

  beforeEach(async () => {
    saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
    PROXY_VARIABLES.forEach((name) => delete process.env[name]);
    proxy = await startProxy();
  });
  afterEach(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await proxy.close();
  });

  const target = () => `${THROUGH_PROXY}:${new URL(fx.sb.origin).port}`;
  const proxiedUrl = () => fx.sb.apiUrl.replace('127.0.0.1', THROUGH_PROXY);

  it('goes through HTTP_PROXY from the environment', async () => {
    process.env.HTTP_PROXY = proxy.url;
    assert.equal((await fx.api({ baseUrl: proxiedUrl() }).me()).email, fx.sb.email);
    assert.deepEqual(proxy.seen, [`CONNECT ${target()}`]);
  });

  it('goes through the proxy passed in (http.proxy), ahead of the environment', async () => {
    process.env.HTTP_PROXY = 'http://127.0.0.1:9';
    const api = fx.api({ baseUrl: proxiedUrl(), proxy: { url: proxy.url, strictSSL: true } });
    await api.me();
    await api.getContact(1);
    assert.ok(proxy.seen.length >= 1);
    assert.ok(
      proxy.seen.every((line) => line === `CONNECT ${target()}`),
      proxy.seen.join(', '),
    );
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = `example.test,${THROUGH_PROXY}`;
    // Straight to 127.0.0.2, where nothing listens: refused there, and the proxy never asked.
    const error = await rejection(fx.api({ baseUrl: proxiedUrl() }).me(), PaymoNetworkError);
    assert.match(String((error.cause as Error | undefined)?.message ?? error.message), /ECONNREFUSED 127\.0\.0\.2/);
    assert.deepEqual(proxy.seen, []);
  });

  it('never sends a request for localhost or 127.0.0.1 (the sandbox) to a proxy, whichever way it is set', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = 'example.test';
    await fx.api().me();
    await fx.api({ baseUrl: fx.sb.apiUrl.replace('127.0.0.1', 'localhost') }).me();
    await fx.api({ proxy: { url: proxy.url, strictSSL: true } }).me();
    assert.deepEqual(proxy.seen, []);
  });

  it('connects directly without any proxy setting', async () => {
    await fx.api().me();
    assert.deepEqual(proxy.seen, []);
  });
});
