// The first message a form's webview gets after it says it is ready: the form's state, the clients
// to choose from and every string it shows.
import * as vscode from 'vscode';
import { MAX_IMAGE_BYTES } from '../paymo';
import type { ContactStore } from '../store/contactStore';
import type { ClientOption, FormState, HostMessage } from '../shared/formMessages';
import { formStrings } from './formStrings';

export function formInit(store: ContactStore, state: FormState, flags: { restoredDraft: boolean; lostImageName?: string }): HostMessage {
  return {
    type: 'init',
    state,
    clients: clientOptions(store),
    strings: formStrings(),
    locale: vscode.env.language,
    maxImageBytes: MAX_IMAGE_BYTES,
    ...flags,
  };
}

/** The client picker's entries, by name. */
export function clientOptions(store: ContactStore): ClientOption[] {
  return store
    .clients()
    .map((client) => ({ id: client.id, name: client.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
