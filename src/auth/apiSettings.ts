// What the API client is built from, read from VS Code's settings: the extension's own, and
// `http.proxy`/`http.proxyStrictSSL` because undici does not go through VS Code's patched networking.
import * as vscode from 'vscode';
import { parseBaseUrl, type PaymoApiOptions } from '../paymo';

export const SECTION = 'paymoContacts';
export const DEFAULT_BASE_URL = 'https://app.paymoapp.com/api/';

export type ApiSettings = Omit<PaymoApiOptions, 'credentials' | 'log'>;

export function readApiSettings(): ApiSettings {
  const own = vscode.workspace.getConfiguration(SECTION);
  const http = vscode.workspace.getConfiguration('http');
  const proxyUrl = http.get<string>('proxy')?.trim();
  return {
    baseUrl: own.get<string>('baseUrl')?.trim() || DEFAULT_BASE_URL,
    timeoutMs: Math.max(1, own.get<number>('requestTimeoutSeconds', 30)) * 1000,
    pageSize: own.get<number>('pageSize', 100),
    proxy: { url: proxyUrl ?? '', strictSSL: http.get<boolean>('proxyStrictSSL', true) },
  };
}

/** Why the `paymoContacts.baseUrl` setting cannot be used (a `PaymoInvalidInputError`), or undefined when it can. */
export function baseUrlProblem(): Error | undefined {
  try {
    parseBaseUrl(readApiSettings().baseUrl);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** Settings whose change means a new API client (the base URL also decides who is signed in). */
export function affectsApi(event: vscode.ConfigurationChangeEvent): boolean {
  return (
    ['baseUrl', 'requestTimeoutSeconds', 'pageSize'].some((key) => event.affectsConfiguration(`${SECTION}.${key}`)) ||
    event.affectsConfiguration('http.proxy') ||
    event.affectsConfiguration('http.proxyStrictSSL')
  );
}

export async function writeBaseUrl(baseUrl: string): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('baseUrl', baseUrl, vscode.ConfigurationTarget.Global);
}
