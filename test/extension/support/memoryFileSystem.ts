// A file system of the tests' own, kept in memory and registered under a scheme no real folder has:
// what the extension reads and writes for the user must reach it through VS Code's file system API
// (`vscode.workspace.fs`), as it reaches a remote window's files or a virtual workspace's. A write
// can be made to fail, as a full disk or a lost connection would.
import * as vscode from 'vscode';

export const MEMORY_SCHEME = 'paymo-test-memory';

interface Entry {
  type: vscode.FileType;
  bytes: Uint8Array;
  ctime: number;
  mtime: number;
}

export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, bytes: new Uint8Array(), ctime: 0, mtime: 0 }]]);
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  /** Every write from now on fails with this error (undefined: writes succeed). */
  failWrites: Error | undefined;

  static register(): { fs: MemoryFileSystem; registration: vscode.Disposable } {
    const fs = new MemoryFileSystem();
    return { fs, registration: vscode.workspace.registerFileSystemProvider(MEMORY_SCHEME, fs, { isCaseSensitive: true }) };
  }

  uri(path: string): vscode.Uri {
    return vscode.Uri.from({ scheme: MEMORY_SCHEME, path });
  }

  /** Writes a file (and its folders) directly, as the user's own files were there before. */
  put(path: string, bytes: Uint8Array | string): vscode.Uri {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) this.ensureDirectory(`/${parts.slice(0, i).join('/')}`);
    this.entries.set(path, this.file(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes));
    return this.uri(path);
  }

  /** A file's bytes, or undefined when there is none. */
  get(path: string): Uint8Array | undefined {
    const entry = this.entries.get(path);
    return entry?.type === vscode.FileType.File ? entry.bytes : undefined;
  }

  /** The names in a folder. */
  list(path: string): string[] {
    return this.children(path).map(([name]) => name);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const { type, bytes, ctime, mtime } = this.entry(uri);
    return { type, size: bytes.length, ctime, mtime };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    this.entry(uri);
    return this.children(uri.path).map(([name, entry]) => [name, entry.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.ensureDirectory(uri.path);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.entry(uri);
    if (entry.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.bytes;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    if (this.failWrites) throw this.failWrites;
    const existing = this.entries.get(uri.path);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.parentOf(uri);
    this.entries.set(uri.path, this.file(content));
    this.changes.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.entry(uri);
    for (const key of [...this.entries.keys()]) if (key === uri.path || key.startsWith(`${uri.path}/`)) this.entries.delete(key);
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const entry = this.entry(from);
    if (this.entries.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.parentOf(to);
    this.entries.delete(from.path);
    this.entries.set(to.path, entry);
    this.changes.fire([
      { type: vscode.FileChangeType.Deleted, uri: from },
      { type: vscode.FileChangeType.Created, uri: to },
    ]);
  }

  private file(bytes: Uint8Array): Entry {
    const now = Date.now();
    return { type: vscode.FileType.File, bytes: Uint8Array.from(bytes), ctime: now, mtime: now };
  }

  private ensureDirectory(path: string): void {
    if (!this.entries.has(path)) this.entries.set(path, { type: vscode.FileType.Directory, bytes: new Uint8Array(), ctime: Date.now(), mtime: Date.now() });
  }

  private entry(uri: vscode.Uri): Entry {
    const entry = this.entries.get(uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }

  private parentOf(uri: vscode.Uri): void {
    const parent = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    if (this.entries.get(parent)?.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotFound(uri.with({ path: parent }));
  }

  private children(path: string): [string, Entry][] {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.entries]
      .filter(([key]) => key !== path && key.startsWith(prefix) && !key.slice(prefix.length).includes('/'))
      .map(([key, entry]) => [key.slice(prefix.length), entry]);
  }
}
