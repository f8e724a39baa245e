import * as path from 'node:path';
import * as vscode from 'vscode';

interface Manifest {
  name: string;
  publisher: string;
  contributes?: { commands?: Array<{ command: string }> };
}

/** The extension's package.json as it sits in the checkout (out/test/extension/support → root). */
export const manifest = require(path.join(__dirname, '..', '..', '..', '..', 'package.json')) as Manifest;

export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** Activates the extension under test and returns what `activate()` returned (its test API). */
export async function activateExtension<Api = unknown>(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(extensionId);
  if (!extension) {
    throw new Error(`Extension ${extensionId} is not loaded in this window`);
  }
  return extension.activate();
}
