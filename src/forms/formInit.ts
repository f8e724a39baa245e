// The first message a form's webview gets after it says it is ready: the form's kind and state,
// the clients to choose from (for a form with a client picker) and every string it shows.
import * as vscode from 'vscode';
import { MAX_IMAGE_BYTES } from '../paymo';
import type { AccountStore } from '../store/accountStore';
import { fieldsOf, type FormKind } from '../webviewContract/formKind';
import type { ClientOption, FieldText, FormState, HostMessage } from '../webviewContract/formMessages';
import type { FormKindHost } from './formKindHost';
import { fieldTexts, formStrings } from './formStrings';

export function formInit(
  host: FormKindHost,
  store: AccountStore,
  state: FormState,
  flags: { restoredDraft: boolean; lostImageName?: string; readOnly?: string },
): HostMessage {
  return {
    type: 'init',
    kind: host.kind.name,
    state,
    clients: hasClientPicker(host.kind) ? clientOptions(store) : [],
    strings: { ...formStrings(), ...host.strings() },
    fields: kindFieldTexts(host.kind),
    locale: vscode.env.language,
    maxImageBytes: MAX_IMAGE_BYTES,
    ...flags,
  };
}

/** The labels of the kind's own fields. */
function kindFieldTexts(kind: FormKind): Record<string, FieldText> {
  const texts = fieldTexts();
  return Object.fromEntries(fieldsOf(kind).flatMap(({ field }) => (texts[field] ? [[field, texts[field]]] : [])));
}

export function hasClientPicker(kind: FormKind): boolean {
  return fieldsOf(kind).some((spec) => spec.control === 'client');
}

/** The client picker's entries, by name. */
export function clientOptions(store: AccountStore): ClientOption[] {
  return store
    .clients()
    .map((client) => ({ id: client.id, name: client.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
