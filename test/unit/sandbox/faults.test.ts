import * as assert from 'node:assert/strict';
import { clearFaults, clearRequestLog, injectFault, pendingFaults, requestLog, useSandbox, withSandbox } from '../../support/sandbox';
import { call, contacts, where } from '../support/sandboxHttp';

describe('sandbox: fault injection and the request log', () => {
  const sandbox = useSandbox();
  const named = async (name: string) => contacts(sandbox.current, where(`name="${name}"`));

  it('status: answers the given status and message once, then handles normally', async () => {
    await injectFault(sandbox.current, { action: 'status', status: 503, message: 'Down for maintenance' });
    const faulty = await call(sandbox.current, 'GET', 'clientcontacts/1');
    assert.equal(faulty.status, 503);
    assert.deepEqual(faulty.json, { message: 'Down for maintenance' });
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts/1')).status, 200);
  });

  it('status: a 429 carries Retry-After, and nothing is stored', async () => {
    await injectFault(sandbox.current, { action: 'status', status: 429, retryAfter: 3, method: 'POST' });
    const answer = await call(sandbox.current, 'POST', 'clientcontacts', { body: { name: 'Never Stored', client_id: 1 } });
    assert.equal(answer.status, 429);
    assert.equal(answer.headers.get('retry-after'), '3');
    assert.deepEqual(await named('Never Stored'), []);
  });

  it('matches by method and path prefix and applies `count` times', async () => {
    await injectFault(sandbox.current, { action: 'status', status: 500, method: 'POST', path: '/api/clientcontacts', count: 2 });
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts/1')).status, 200, 'GET does not match');
    assert.equal((await call(sandbox.current, 'POST', 'clients/1', { body: {} })).status, 200, 'another path does not match');
    assert.equal((await call(sandbox.current, 'POST', 'clientcontacts/1', { body: {} })).status, 500);
    assert.equal((await pendingFaults(sandbox.current))[0]!.count, 1);
    assert.equal((await call(sandbox.current, 'POST', 'clientcontacts/2', { body: {} })).status, 500);
    assert.equal((await call(sandbox.current, 'POST', 'clientcontacts/2', { body: {} })).status, 200);
  });

  it('delay: waits, then handles the request', async () => {
    await injectFault(sandbox.current, { action: 'delay', delayMs: 400 });
    const started = Date.now();
    const answer = await call(sandbox.current, 'GET', 'me');
    assert.equal(answer.status, 200);
    assert.ok(Date.now() - started >= 390, `took ${Date.now() - started} ms`);
  });

  it('drop: closes the connection before handling, so nothing is stored', async () => {
    await injectFault(sandbox.current, { action: 'drop', method: 'POST' });
    await assert.rejects(call(sandbox.current, 'POST', 'clientcontacts', { body: { name: 'Dropped Before', client_id: 1 } }));
    assert.deepEqual(await named('Dropped Before'), []);
    const log = await requestLog(sandbox.current);
    const entry = log.find((r) => r.method === 'POST')!;
    assert.equal(entry.status, null);
    assert.equal(entry.fault, 'drop');
  });

  it('dropAfter: stores the change, then closes the connection without answering', async () => {
    await injectFault(sandbox.current, { action: 'dropAfter', method: 'POST', path: '/api/clientcontacts' });
    await assert.rejects(call(sandbox.current, 'POST', 'clientcontacts', { body: { name: 'Dropped After', client_id: 1 } }));
    assert.equal((await named('Dropped After')).length, 1);
    assert.equal((await requestLog(sandbox.current)).find((r) => r.method === 'POST')!.status, 201);
  });

  it('malformed: handles the request, then answers 200 with a body that is not JSON', async () => {
    await injectFault(sandbox.current, { action: 'malformed', method: 'POST' });
    const res = await fetch(new URL('clientcontacts/5', sandbox.current.apiUrl), {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${sandbox.current.apiKey}:X`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ position: 'Malformed Answer' }),
    });
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.throws(() => JSON.parse(text));
    assert.equal((await contacts(sandbox.current, 'where=id=5'))[0]!.position, 'Malformed Answer');
  });

  it('delay: closing the sandbox ends a delayed request at once, without touching the closed database', async () => {
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await withSandbox(
        async (sb) => {
          await injectFault(sb, { action: 'delay', delayMs: 1000 });
          const pending = call(sb, 'GET', 'me');
          while ((await requestLog(sb)).length === 0) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          const started = Date.now();
          await sb.close();
          assert.ok(Date.now() - started < 600, `close took ${Date.now() - started} ms`);
          await assert.rejects(pending);
        },
        { seed: 'empty' },
      );
      // Past the delay: an exchange that outlived close() would log its failure by now.
      await new Promise((resolve) => setTimeout(resolve, 1200));
    } finally {
      console.error = consoleError;
    }
    assert.deepEqual(errors, []);
  });

  it('refuses an invalid fault, and DELETE clears pending faults', async () => {
    await assert.rejects(injectFault(sandbox.current, { action: 'explode' } as never), /action must be one of/);
    await injectFault(sandbox.current, { action: 'status', count: 5 });
    await clearFaults(sandbox.current);
    assert.deepEqual(await pendingFaults(sandbox.current), []);
    assert.equal((await call(sandbox.current, 'GET', 'me')).status, 200);
  });

  it('logs API requests with method, path, decoded query, status and time; DELETE clears it', async () => {
    await call(sandbox.current, 'GET', `clientcontacts?${where('name like "%a%"')}&page=0&page_size=5`);
    await call(sandbox.current, 'GET', 'clientcontacts/99999');
    await fetch(`${sandbox.current.origin}/assets/none.png`);
    const log = await requestLog(sandbox.current);
    assert.equal(log.length, 2, 'assets and control requests are not logged');
    assert.deepEqual(
      { ...log[0], at: undefined, bytes: undefined },
      {
        method: 'GET',
        path: '/api/clientcontacts',
        query: { where: 'name like "%a%"', page: '0', page_size: '5' },
        status: 200,
        at: undefined,
        bytes: undefined,
      },
    );
    assert.equal(log[1]!.status, 404);
    assert.ok(log[0]!.bytes > 100 && log[1]!.bytes > 0, 'each request says how many bytes its answer took');
    assert.ok(Math.abs(Date.parse(log[0]!.at) - Date.now()) < 10_000);
    await clearRequestLog(sandbox.current);
    assert.deepEqual(await requestLog(sandbox.current), []);
  });
  it('control endpoints refuse a web page (a request with an Origin), so a page on this machine cannot reset the data', async () => {
    const answer = await fetch(`${sandbox.current.origin}/__sandbox/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'http://evil.example' },
      body: '{"seed":"empty"}',
    });
    assert.equal(answer.status, 403);
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts/1')).status, 200, 'the data is still there');
  });

  it('a malformed asset address is a 404, and the sandbox keeps answering', async () => {
    const answer = await fetch(`${sandbox.current.origin}/assets/%E0%A4%A`);
    assert.equal(answer.status, 404);
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts/1')).status, 200);
  });
});
