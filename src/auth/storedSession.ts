// The one SecretStorage entry: credentials together with the server they belong to, so that a
// changed base URL never receives another server's key.
import type * as vscode from 'vscode';
import type { Credentials, PaymoUser } from '../paymo';

export const SECRET_KEY = 'paymoContacts.session';

export interface StoredSession {
  version: 1;
  /** Normalised (`parseBaseUrl(…).href`). */
  baseUrl: string;
  credentials: Credentials;
  user: PaymoUser;
}

export async function readStoredSession(secrets: vscode.SecretStorage): Promise<StoredSession | undefined> {
  const text = await secrets.get(SECRET_KEY);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredSession>;
    return value.version === 1 && typeof value.baseUrl === 'string' && value.credentials && value.user ? (value as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStoredSession(secrets: vscode.SecretStorage, session: StoredSession): Thenable<void> {
  return secrets.store(SECRET_KEY, JSON.stringify(session));
}

export function deleteStoredSession(secrets: vscode.SecretStorage): Thenable<void> {
  return secrets.delete(SECRET_KEY);
}

/** The strings the log must never show. */
export function secretsOf(credentials: Credentials): string[] {
  switch (credentials.kind) {
    case 'apiKey':
      return [credentials.apiKey];
    case 'password':
      return [credentials.password];
    case 'session':
      return [credentials.sessionId];
  }
}

export function sameSession(a: StoredSession | undefined, b: StoredSession | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
