// A sign-in in SecretStorage: credentials together with the server they belong to, so that a changed
// base URL never receives another server's key. One entry per account, under its slot's key
// (`AccountSlot.secretKey`).
import type * as vscode from 'vscode';
import type { Credentials, PaymoUser } from '../paymo';

export interface StoredSignIn {
  version: 1;
  /** Normalised (`parseBaseUrl(…).href`). */
  baseUrl: string;
  credentials: Credentials;
  user: PaymoUser;
  /** The company's name at sign-in, for the account's label (absent when the server did not say it). */
  company?: string;
}

export async function readStoredSignIn(secrets: vscode.SecretStorage, key: string): Promise<StoredSignIn | undefined> {
  const text = await secrets.get(key);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredSignIn>;
    return value.version === 1 && typeof value.baseUrl === 'string' && value.credentials && value.user ? (value as StoredSignIn) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStoredSignIn(secrets: vscode.SecretStorage, key: string, signIn: StoredSignIn): Thenable<void> {
  return secrets.store(key, JSON.stringify(signIn));
}

export function deleteStoredSignIn(secrets: vscode.SecretStorage, key: string): Thenable<void> {
  return secrets.delete(key);
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

export function sameSignIn(a: StoredSignIn | undefined, b: StoredSignIn | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `b` is `a` with only what a sign-in learns after it is made (the user's role, the company's name)
 * learnt or learnt anew; one that lost what `a` knew (written by an older version) is not.
 */
export function onlyLearntFactsDiffer(a: StoredSignIn, b: StoredSignIn): boolean {
  const made = (s: StoredSignIn) => ({ ...s, company: undefined, user: { ...s.user, type: undefined } });
  const keepsWhatWasLearnt = (a.user.type === undefined || b.user.type !== undefined) && (a.company === undefined || b.company !== undefined);
  return keepsWhatWasLearnt && sameSignIn(made(a) as StoredSignIn, made(b) as StoredSignIn);
}
