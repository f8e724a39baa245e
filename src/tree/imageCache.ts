// Client logos and contact avatars for the tree, from the API's thumbnail URLs: each downloaded once
// (by the API layer's `ImageDownloader`) into the extension's global storage and reused on later starts.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Log } from '../log';
import { ImageDownloader } from '../paymo';

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' } as const;
const PARALLEL = 3;

export class ImageCache implements vscode.Disposable {
  private readonly ready = new Map<string, vscode.Uri>();
  /** Downloads under way, and URLs that failed (not retried until `forgetFailures`). */
  private readonly inFlight = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly failed = new Set<string>();
  private readonly queue: (() => void)[] = [];
  private running = 0;
  /** Aborted by `clear()`: downloads started before it must not write into the emptied folder. */
  private generation = new AbortController();

  constructor(
    private readonly dir: vscode.Uri,
    private readonly log: Log,
    private readonly downloader: ImageDownloader,
  ) {}

  /** The local file for this URL when it is already here, without waiting. */
  cached(url: string | null | undefined): vscode.Uri | undefined {
    return url ? this.ready.get(url) : undefined;
  }

  /** The local file for this URL, downloading it first if needed; undefined when it cannot be had. */
  fetch(url: string): Promise<vscode.Uri | undefined> {
    let pending = this.inFlight.get(url);
    if (!pending) {
      const mine = this.obtain(url).then((uri) => {
        if (!uri && this.inFlight.get(url) === mine) this.failed.add(url);
        return uri;
      });
      pending = mine;
      this.inFlight.set(url, pending);
    }
    return pending;
  }

  /** Failed downloads are tried again on their next use (a refresh, a changed proxy: the cause may be gone). */
  forgetFailures(): void {
    for (const url of this.failed) this.inFlight.delete(url);
    this.failed.clear();
  }

  /**
   * Forgets every image and deletes the folder (sign-out: no client data stays on disk). Downloads
   * under way are stopped and awaited first, so that none of them writes a file afterwards.
   */
  async clear(): Promise<void> {
    this.generation.abort();
    this.generation = new AbortController();
    const pending = [...this.inFlight.values()];
    this.inFlight.clear();
    this.failed.clear();
    this.ready.clear();
    await Promise.allSettled(pending);
    await fs.rm(this.folder, { recursive: true, force: true });
  }

  dispose(): void {
    this.generation.abort();
  }

  private get folder(): string {
    return path.join(this.dir.fsPath, 'images');
  }

  private async obtain(url: string): Promise<vscode.Uri | undefined> {
    if (!ImageDownloader.allows(url)) {
      this.log.warn(`Not loading image ${url}: only https:// (or http:// on this machine) is allowed.`);
      return undefined;
    }
    const { signal } = this.generation;
    const base = path.join(this.folder, createHash('sha256').update(url).digest('hex'));
    const existing = await firstExisting(Object.values(EXTENSIONS).map((ext) => `${base}.${ext}`));
    const file = existing ?? (await this.limited(() => this.download(url, base, signal)));
    if (!file || signal.aborted) return undefined;
    const uri = vscode.Uri.file(file);
    this.ready.set(url, uri);
    return uri;
  }

  private async download(url: string, base: string, cleared: AbortSignal): Promise<string | undefined> {
    try {
      cleared.throwIfAborted();
      const { bytes, mime } = await this.downloader.download(url, cleared);
      const file = `${base}.${EXTENSIONS[mime]}`;
      cleared.throwIfAborted();
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(`${file}.tmp`, bytes);
      await fs.rename(`${file}.tmp`, file);
      return file;
    } catch (error) {
      if (!cleared.aborted) this.log.warn(`Image ${url} not loaded: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** A few downloads at a time: a tree of a thousand clients must not open a thousand sockets. */
  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= PARALLEL) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}

async function firstExisting(files: string[]): Promise<string | undefined> {
  for (const file of files) {
    try {
      await fs.access(file);
      return file;
    } catch {
      // not this one
    }
  }
  return undefined;
}
