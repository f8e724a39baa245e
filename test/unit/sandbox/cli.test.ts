import * as assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { useTempFolder } from '../../support/tempFolder';

// Runs the compiled CLI (out/sandbox/main.js) as a user would, and talks to it with curl.

const MAIN = path.join(__dirname, '..', '..', '..', 'sandbox', 'main.js');

async function firstLines(child: ChildProcess, count: number): Promise<string[]> {
  let text = '';
  for await (const chunk of child.stdout!) {
    text += String(chunk);
    const lines = text.split('\n');
    if (lines.length > count) {
      return lines.slice(0, count);
    }
  }
  throw new Error(`the sandbox exited before printing ${count} lines: ${text}`);
}

describe('sandbox: command line', () => {
  let child: ChildProcess | undefined;
  // Registered before the folder's own hook: the sandbox is stopped before its data folder is removed.
  afterEach(() => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
    }
  });
  const data = useTempFolder('sandbox-cli', 'test');

  it('prints its URL and API key, answers curl with the key, and stops cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, [MAIN, '--port', '0', '--data', data.path, '--seed', 'demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [listening, keyLine] = await firstLines(child, 2);
    const url = /^Paymo sandbox listening on (http:\/\/127\.0\.0\.1:(\d+)\/api\/)$/.exec(listening!);
    assert.ok(url, listening);
    assert.match(keyLine!, /^API key: [0-9a-f]{40}$/);
    const key = keyLine!.split(' ').pop()!;

    const { stdout } = await promisify(execFile)('curl', ['-s', '-u', `${key}:X`, `http://127.0.0.1:${url[2]}/api/clientcontacts?include=client`]);
    const body = JSON.parse(stdout) as { clientcontacts: { name: string; client: { name: string } }[] };
    assert.equal(body.clientcontacts.length, 300);
    assert.equal(body.clientcontacts[0]!.client.name, 'Acme Corporation');

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0);
    assert.ok(fs.existsSync(path.join(data.path, 'paymo-sandbox.sqlite')), 'the data stays in --data');
  });

  it('stops on SIGINT too and refuses a bad option with a message', async () => {
    child = spawn(process.execPath, [MAIN, '--port', '0', '--data', data.path, '--seed', 'empty', '--rate-limit', 'paymo'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await firstLines(child, 2);
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    assert.equal((await exited)[0], 0);

    const bad = spawn(process.execPath, [MAIN, '--seed', 'lots'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    bad.stderr!.on('data', (c) => (stderr += String(c)));
    const [code] = await once(bad, 'exit');
    assert.equal(code, 2);
    assert.match(stderr, /--seed must be one of demo, empty/);
  });
});
