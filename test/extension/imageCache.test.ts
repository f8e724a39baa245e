import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ImageDownloader } from '../../src/paymo';
import { ImageCache } from '../../src/tree/imageCache';
import { makePng } from '../support/png';

describe('Avatars and logos that failed to download', () => {
  it('are not downloaded again on every repaint, but once forgotten (as Refresh and a proxy change do), and then show', async () => {
    // A server of its own: the sandbox's assets never fail.
    let requests = 0;
    const png = makePng(8, 8);
    const server = http.createServer((_req, res) => {
      requests++;
      if (requests === 1) res.writeHead(503).end();
      else res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'paymo-images-'));
    // A channel of its own: one named like the extension's would be the same channel, and closing it would close that.
    const log = Object.assign(vscode.window.createOutputChannel('Paymo image cache test', { log: true }), { addSecret: () => undefined });
    const images = new ImageCache(vscode.Uri.file(dir), log, new ImageDownloader(() => undefined));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logo.png`;
    try {
      assert.equal(await images.fetch(url), undefined, 'the first download fails');
      assert.equal(await images.fetch(url), undefined);
      assert.equal(requests, 1, 'a repaint does not download it again');
      images.forgetFailures();
      const file = await images.fetch(url);
      assert.ok(file, 'tried again once forgotten');
      assert.ok((await fs.readFile(file.fsPath)).equals(Buffer.from(png)));
      assert.equal(requests, 2);
    } finally {
      images.dispose();
      log.dispose();
      await new Promise((resolve) => server.close(resolve));
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
