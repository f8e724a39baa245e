// Copy Field: the copy links of a contact's or client's tooltip. The link names the record and the
// field (never the value, which is read from the store when clicked, so it is the current one).
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { COPYABLE_CLIENT_FIELDS, type CopyableClientField } from '../../tree/clientNode';
import { COPYABLE_CONTACT_FIELDS, type CopyableContactField } from '../../tree/contactNode';
import { copyToClipboard } from '../clipboard';
import { argOption } from '../argOption';
import { clientIdOf } from '../clients/clientTarget';
import { contactIdOf } from '../targets';

/** `{ contactId | clientId, field }`; returns the text copied, or undefined when there is none. */
export async function copyField(services: Services, arg: unknown): Promise<string | undefined> {
  const field = argOption(arg, 'field');
  const contactId = contactIdOf(arg);
  const clientId = clientIdOf(arg);
  let value: unknown;
  if (contactId !== undefined && COPYABLE_CONTACT_FIELDS.includes(field as CopyableContactField))
    value = services.store.contact(contactId)?.[field as CopyableContactField];
  else if (clientId !== undefined && COPYABLE_CLIENT_FIELDS.includes(field as CopyableClientField))
    value = services.store.client(clientId)?.[field as CopyableClientField];
  else throw new Error(vscode.l10n.t('There is nothing to copy: the link names no contact or client field.'));
  if (value === null || value === undefined || value === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('That field is empty now.'));
    return undefined;
  }
  return copyToClipboard(String(value));
}
