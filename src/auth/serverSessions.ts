// Paymo sessions in place of passwords: an email and password are used once, to open a Paymo session
// (`POST /api/sessions`), and only its id is kept; signing out ends it on the server. API keys are
// kept as they are (Paymo cannot make one through the API, and a key does not expire).
import type { Log } from '../log';
import { companyName, type Credentials, type PaymoApi, type PaymoUser } from '../paymo';

/** Makes an API client for these credentials (the session's, with its settings and log). */
export type ApiFactory = (credentials: Credentials) => PaymoApi;

export interface Connection {
  api: PaymoApi;
  /** What may be stored: never a password. */
  kept: Credentials;
  user: PaymoUser;
  /** The company's name (`GET /api/company`), when the server says it. */
  company: string | undefined;
}

/**
 * Checks the credentials with `GET /api/me` and returns the API client to keep. A password opens a
 * Paymo session first (a wrong one is the session request's 401) and is then dropped.
 */
export async function connect(create: ApiFactory, credentials: Credentials, log: Log, signal?: AbortSignal): Promise<Connection> {
  const kept = credentials.kind === 'password' ? await openSession(create, credentials, log, signal) : credentials;
  const api = create(kept);
  try {
    const user = await api.me(signal);
    return { api, kept, user, company: await companyName(api, signal) };
  } catch (error) {
    // A session nobody will use must not stay open on the server.
    if (kept !== credentials) await endSession(api, kept, log);
    await api.dispose();
    throw error;
  }
}

/** The saved password of an older version, exchanged for a Paymo session (the caller stores the result). */
export async function openSession(
  create: ApiFactory,
  credentials: Extract<Credentials, { kind: 'password' }>,
  log: Log,
  signal?: AbortSignal,
): Promise<Extract<Credentials, { kind: 'session' }>> {
  const withPassword = create(credentials);
  try {
    const opened = await withPassword.openSession(signal);
    log.addSecret(opened.id);
    return { kind: 'session', sessionId: opened.id, email: credentials.email };
  } finally {
    await withPassword.dispose();
  }
}

/** Ends the Paymo session these credentials hold (nothing for an API key); a failure is logged, never thrown. */
export async function endSession(api: PaymoApi, credentials: Credentials, log: Log): Promise<void> {
  if (credentials.kind !== 'session') return;
  try {
    await api.endSession(credentials.sessionId);
    log.info('Ended the Paymo session.');
  } catch (error) {
    log.warn(`Could not end the Paymo session on the server (it expires by itself): ${(error as Error).message}`);
  }
}
