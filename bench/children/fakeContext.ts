// The ExtensionContext given to `activate` in the activation child: real folders in a temporary
// directory, in-memory state, empty secret storage (a first start, signed out).
import fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from './vscodeStub';

export function fakeContext(extensionRoot: string, storage: string): Record<string, unknown> {
  const memento = () => {
    const values = new Map<string, unknown>();
    return {
      get: (k: string, d?: unknown) => (values.has(k) ? values.get(k) : d),
      update: async (k: string, v: unknown) => {
        values.set(k, v);
      },
      keys: () => [...values.keys()],
      setKeysForSync: () => undefined,
    };
  };
  const packageJSON: unknown = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
  const extensionUri = vscode.Uri.file(extensionRoot);
  return {
    subscriptions: [],
    extensionPath: extensionRoot,
    extensionUri,
    extension: { id: 'paymo-contacts.paymo-contacts', extensionUri, extensionPath: extensionRoot, packageJSON, isActive: true, extensionKind: 1 },
    extensionMode: vscode.ExtensionMode.Production,
    globalStorageUri: vscode.Uri.file(path.join(storage, 'global')),
    storageUri: vscode.Uri.file(path.join(storage, 'workspace')),
    logUri: vscode.Uri.file(path.join(storage, 'log')),
    globalState: memento(),
    workspaceState: memento(),
    secrets: {
      get: async () => undefined,
      store: async () => undefined,
      delete: async () => undefined,
      keys: async () => [],
      onDidChange: new vscode.EventEmitter().event,
    },
    asAbsolutePath: (relative: string) => path.join(extensionRoot, relative),
  };
}
