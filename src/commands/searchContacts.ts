// Finds a contact among every client's contacts (from the store, so typing sends nothing), shows it
// in the tree and offers what can be done with it.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { Services } from '../services';
import { offerContactActions } from './contactActions';
import { pickContact } from './contactPicker';
import { argOption } from './argOption';
import { clientIdOf } from './clients/clientTarget';
import { walkthroughStepDone } from '../ui/walkthrough';

/** `{ query }` starts with that text typed; on a client node, only that client's contacts. */
export async function searchContacts(services: Services, arg: unknown): Promise<ClientContact | undefined> {
  const query = argOption(arg, 'query');
  const contact = await pickContact(services, {
    title: vscode.l10n.t('Search Contacts'),
    clientId: clientIdOf(arg),
    value: typeof query === 'string' ? query : undefined,
    none: vscode.l10n.t('There are no contacts to search. Refresh, or sign in first.'),
  });
  if (!contact) return undefined;
  walkthroughStepDone('foundContact');
  await services.tree.reveal(contact.id, { account: services.account });
  await offerContactActions(contact, contact.name);
  return contact;
}
