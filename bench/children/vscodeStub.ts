// A stand-in `vscode` module for timing the bundle's activation in plain Node (the activation part only;
// behaviour is tested inside real VS Code). It records which API members activate calls. Members it
// does not model are "anything" proxies: callable, constructible, awaitable as undefined, disposable.
import * as path from 'node:path';

/** `namespace.member` -> calls, read by the activation child. */
export const calls = new Map<string, number>();

function record(name: string): void {
  calls.set(name, (calls.get(name) ?? 0) + 1);
}

type Anything = ((...args: unknown[]) => Anything) & Record<string | symbol, unknown>;

function anything(name: string): Anything {
  return new Proxy(
    function () {
      /* callable target */
    } as unknown as Anything,
    {
      get: (_t, key) => {
        if (key === 'then') return undefined;
        if (key === Symbol.toPrimitive) return () => '';
        if (key === 'dispose') return () => undefined;
        return anything(`${name}.${String(key)}`);
      },
      apply: () => {
        record(name);
        return anything(`${name}()`);
      },
      construct: () => {
        record(`new ${name}`);
        return anything(`${name}()`);
      },
    },
  );
}

/** A namespace whose modelled members are real and whose other members record and return anything. */
function namespace(name: string, members: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(members, {
    get: (target, key) => {
      if (typeof key === 'symbol' || key === 'then') return undefined;
      if (!(key in target)) return anything(`${name}.${key}`);
      const value = target[key];
      return typeof value === 'function'
        ? (...args: unknown[]) => {
            record(`${name}.${key}`);
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
    },
  });
}

export class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  constructor(private readonly onDispose?: () => unknown) {}
  dispose(): void {
    this.onDispose?.();
  }
}

export class EventEmitter<T> {
  private readonly listeners = new Set<(e: T) => unknown>();
  readonly event = (listener: (e: T) => unknown): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(e: T): void {
    this.listeners.forEach((l) => l(e));
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static parse(text: string): Uri {
    const u = new URL(text);
    return new Uri(u.protocol.slice(0, -1), u.pathname);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

/** Classes the extension constructs and reads back: plain bags of what was given. */
function bag(name: string): new (...args: unknown[]) => object {
  return class {
    constructor(...args: unknown[]) {
      record(`new ${name}`);
      Object.assign(this, { args });
    }
  };
}

const noEvent = new EventEmitter<unknown>().event;
const configuration = { get: (_key: string, fallback?: unknown) => fallback, has: () => false, inspect: () => undefined, update: async () => undefined };

export const TreeItem = bag('TreeItem');
export const ThemeIcon = Object.assign(bag('ThemeIcon'), { File: {}, Folder: {} });
export const ThemeColor = bag('ThemeColor');
export const MarkdownString = bag('MarkdownString');
export const CancellationTokenSource = bag('CancellationTokenSource');
export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 };
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
export const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 };
export const ExtensionMode = { Production: 1, Development: 2, Test: 3 };
export const UIKind = { Desktop: 1, Web: 2 };
export const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 };
export const QuickPickItemKind = { Separator: -1, Default: 0 };
export const StatusBarAlignment = { Left: 1, Right: 2 };

export const l10n = namespace('l10n', {
  t: (message: string | { message: string }, ...args: unknown[]) => {
    const text = typeof message === 'string' ? message : message.message;
    return text.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)]));
  },
});
export const commands = namespace('commands', {
  registerCommand: (id: string) => {
    record(`command ${id}`);
    return new Disposable();
  },
  executeCommand: async () => undefined,
});
export const window = namespace('window', {
  createOutputChannel: () => anything('LogOutputChannel'),
  createTreeView: () => anything('TreeView'),
  registerTreeDataProvider: () => new Disposable(),
  registerWebviewPanelSerializer: () => new Disposable(),
  onDidChangeActiveColorTheme: noEvent,
});
export const workspace = namespace('workspace', {
  getConfiguration: () => configuration,
  onDidChangeConfiguration: noEvent,
  workspaceFolders: undefined,
  textDocuments: [],
});
export const env = namespace('env', { uiKind: UIKind.Desktop, remoteName: undefined, language: 'en', appName: 'bench' });

// Top-level members not modelled above (languages, authentication, …) resolve to anything, also
// through the copy esbuild's `__toESM` makes (it keeps the module's prototype).
Object.setPrototypeOf(
  module.exports,
  new Proxy(
    {},
    {
      get: (_t, key, receiver) =>
        typeof key === 'symbol' || key === 'then' || key in Object.prototype ? Reflect.get(Object.prototype, key, receiver) : anything(key),
    },
  ),
);
