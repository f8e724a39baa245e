// One request per contact for a command acting on many: a cancellable progress notification with the
// count, the store (and so the tree) updated after each contact, and when some fail, one message that
// names each with why, while the rest are done. A failure that is not the contact's own (signed out,
// offline) stops the rest, since each of them would fail the same way.
import * as vscode from 'vscode';
import { PaymoBadRequestError, PaymoNotFoundError, type ClientContact } from '../paymo';
import type { Services } from '../services';
import { countText } from '../ui/displayFormat';
import { describeError } from '../ui/errorPresenter';
import { notificationText } from '../ui/textEscaping';

export interface ManyResult {
  done: ClientContact[];
  failed: { contact: ClientContact; reason: string }[];
  /** Not tried: the user cancelled, or a failure stopped the run. */
  notTried: ClientContact[];
}

export async function forEachContact(
  services: Services,
  title: string,
  contacts: readonly ClientContact[],
  act: (contact: ClientContact, signal: AbortSignal) => Promise<void>,
): Promise<ManyResult> {
  const result: ManyResult = { done: [], failed: [], notTried: [] };
  let stoppedBy: unknown;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: notificationText(title), cancellable: contacts.length > 1 },
    async (progress, token) => {
      const abort = new AbortController();
      const cancelled = token.onCancellationRequested(() => abort.abort());
      try {
        for (const [i, contact] of contacts.entries()) {
          if (abort.signal.aborted || stoppedBy !== undefined) {
            result.notTried.push(contact);
            continue;
          }
          progress.report({ increment: 100 / contacts.length, message: vscode.l10n.t('{0} of {1}', i + 1, contacts.length) });
          try {
            await act(contact, abort.signal);
            result.done.push(contact);
          } catch (error) {
            if (abort.signal.aborted) result.notTried.push(contact);
            else if (error instanceof PaymoBadRequestError || error instanceof PaymoNotFoundError)
              result.failed.push({ contact, reason: describeError(error) });
            else {
              stoppedBy = error;
              result.notTried.push(contact);
            }
          }
        }
      } finally {
        cancelled.dispose();
      }
    },
  );
  if (result.failed.length) {
    const lines = result.failed.map((f) => `${f.contact.name}: ${f.reason}`).join('\n');
    void vscode.window.showWarningMessage(
      notificationText(vscode.l10n.t('{0} of {1} contacts failed; the others are done.', countText(result.failed.length), countText(contacts.length))),
      {
        modal: false,
        detail: lines,
      },
    );
    services.log.warn(`${title} ${result.failed.length} failed:\n${lines}`);
  }
  if (stoppedBy !== undefined) throw stoppedBy;
  return result;
}
