// Downloading the images Paymo's answers point at (client logos, contact avatars): public asset URLs,
// so no credentials are sent; only https (http for this machine), only JPEG/PNG/GIF, only so many
// bytes. One keep-alive connection pool through the proxy settings, like the API's.
import * as path from 'node:path';
import type { Dispatcher } from 'undici';
import { isLoopbackHost } from './baseUrl';
import { checkImage, MAX_IMAGE_BYTES, type ImageMime } from './image';
import { createDispatcher, type ProxySettings } from './proxy';
import { loadUndici } from './undici';

const DOWNLOAD_TIMEOUT_MS = 15_000;

export interface DownloadedImage {
  bytes: Uint8Array;
  mime: ImageMime;
}

export class ImageDownloader {
  private dispatcher: Dispatcher | undefined;

  constructor(private readonly proxy: () => ProxySettings | undefined) {}

  /** Whether this URL may be downloaded at all (https, or http on this machine). */
  static allows(url: string): boolean {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname));
    } catch {
      return false;
    }
  }

  /** The image at `url`; rejects with a plain `Error` saying why it cannot be had. */
  async download(url: string, cancel: AbortSignal): Promise<DownloadedImage> {
    if (!ImageDownloader.allows(url)) throw new Error('only https:// (or http:// on this machine) is allowed');
    this.dispatcher ??= createDispatcher(this.proxy());
    const signal = AbortSignal.any([cancel, AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)]);
    const res = await loadUndici().request(url, { dispatcher: this.dispatcher, signal });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new Error(`HTTP ${res.statusCode}`);
    }
    const bytes = await readLimited(res.body, MAX_IMAGE_BYTES);
    return { bytes, mime: checkImage(bytes, path.basename(new URL(url).pathname)).mime };
  }

  /** A changed proxy setting applies from the next download on. */
  resetConnection(): void {
    void this.dispatcher?.close();
    this.dispatcher = undefined;
  }
}

async function readLimited(body: AsyncIterable<Uint8Array> & { destroy(): unknown }, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      throw new Error(`larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
