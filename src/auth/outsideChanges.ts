// What changes a sign-in from outside this window's own calls: another window signing in or out (the
// sign-in's SecretStorage entry changes, and SecretStorage tells every window), and the settings an
// API client is built from, including the `paymoContacts.baseUrl` setting where it names the server.
import * as vscode from 'vscode';
import type { Log } from '../log';
import { parseBaseUrl } from '../paymo';
import type { SerialQueue } from '../serialQueue';
import type { AccountSlot } from './accountSlot';
import { affectsApi, baseUrlProblem, readApiSettings } from './apiSettings';
import { readStoredSignIn, sameSignIn, type StoredSignIn } from './storedSignIn';

export interface FollowedSignIn {
  /** The sign-in as this window has it. */
  stored(): StoredSignIn | undefined;
  /** Takes another window's sign-in (`undefined`: signed out there). Runs in the sign-in's queue. */
  adoptFromOtherWindow(latest: StoredSignIn | undefined): Promise<void>;
  /** The API settings changed. */
  settingsChanged(): void;
}

export function followOutsideChanges(
  secrets: vscode.SecretStorage,
  slot: AccountSlot,
  queue: SerialQueue,
  log: Log,
  signIn: FollowedSignIn,
): vscode.Disposable[] {
  return [
    secrets.onDidChange((e) => {
      if (e.key !== slot.secretKey) return;
      void queue.run(async () => {
        const latest = await readStoredSignIn(secrets, slot.secretKey);
        if (sameSignIn(latest, signIn.stored())) return;
        log.info('The Paymo sign-in changed in another window.');
        await signIn.adoptFromOtherWindow(latest);
      });
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsApi(e)) signIn.settingsChanged();
    }),
  ];
}

/** The stored sign-in belongs to one server; where the `baseUrl` setting names it, a different setting means signed out there. */
export function serverStillNamed(slot: AccountSlot, saved: StoredSignIn, log: Log): boolean {
  if (!slot.followsBaseUrlSetting) return true;
  const problem = baseUrlProblem();
  if (problem) {
    // The view says so too (AccountLoader), with what a valid address looks like.
    log.warn(`The setting paymoContacts.baseUrl is not usable: ${problem.message}`);
    return false;
  }
  return parseBaseUrl(readApiSettings().baseUrl).href === saved.baseUrl;
}
