// The messages between a form (webview) and the extension host, defined once and imported by both
// sides and by both kinds of form (contact, client), so that a renamed field breaks the build
// instead of a form. The webview bundle compiles this file too: it imports types only, which leave
// nothing in the bundle.
import type { Client, ClientContact } from '../paymo/model';

export const CONTACT_FORM_VIEW_TYPE = 'paymoContacts.contactForm';
export const CLIENT_FORM_VIEW_TYPE = 'paymoContacts.clientForm';

/** Which form: each kind describes its fields once (`src/webviewContract/contactForm.ts`, `clientForm.ts`). */
export type FormKindName = 'contact' | 'client';

/** A field's value: text ('' for "no value"), a checkbox, or a picked id (null until one is chosen). */
export type FieldValue = string | number | boolean | null;

/** What the form edits: one value per field its kind describes (write-only fields excepted). */
export type FormValues = Record<string, FieldValue>;
export type FormField = string;
/** Fields an error can point at: the form's own plus the write-only and file inputs. */
export type ErrorTarget = string;

/** A record as the server sent it: the form shows it and its changes are relative to it. */
export type FormRecord = ClientContact | Client;

export type FormMode = 'create' | 'edit';

/**
 * The form as it is persisted: by the webview with `setState` (what the panel serializer gets
 * back after a reload) and by the host as a backup. Never a password, never image bytes.
 */
export interface FormState {
  /** The panel's identity in the registry: the kind's create key (`new`, `new-client`) or `<kind>:<id>`. */
  key: string;
  mode: FormMode;
  /** The server's record as the form loaded it (null when creating): changes are relative to it. */
  base: FormRecord | null;
  values: FormValues;
  /** File name of an image chosen but not yet uploaded. */
  imageName?: string;
}

export interface ClientOption {
  id: number;
  name: string;
}

/** One field that differs between what the form loaded and what the server has now. */
export interface FieldChange {
  field: FormField;
  loaded: FieldValue;
  server: FieldValue;
  mine: FieldValue;
}

export interface FormFailure {
  message: string;
  /** What the user can do about it. */
  hint: string;
  /** The field the server's message names, when it names one. */
  field?: ErrorTarget;
}

/** A field's label and help line, translated by the host. */
export interface FieldText {
  label: string;
  help?: string;
  /** For a write-only field: the help once the record has the field it goes with (a password already set). */
  helpWhenSet?: string;
}

/** Every user-facing string the webview shows but the fields' own, translated by the host (`vscode.l10n.t`). */
export type FormStrings = Record<FormStringKey, string>;
export type FormStringKey =
  | 'loading'
  | 'titleNew'
  | 'sectionMain'
  | 'sectionPortal'
  | 'sectionImage'
  | 'sectionDetails'
  | 'clientPlaceholder'
  | 'imageChoose'
  | 'imageReplace'
  | 'imageClear'
  | 'imageNone'
  | 'imagePending'
  | 'imageHelp'
  | 'imageLost'
  | 'imageTooLarge'
  | 'imageType'
  | 'id'
  | 'createdOn'
  | 'updatedOn'
  | 'thumbLarge'
  | 'thumbMedium'
  | 'thumbSmall'
  | 'save'
  | 'create'
  | 'saving'
  | 'saved'
  | 'created'
  | 'discard'
  | 'showLog'
  | 'unsaved'
  | 'draftRestored'
  | 'required'
  | 'emailInvalid'
  | 'websiteInvalid'
  | 'passwordRequired'
  | 'accessNeedsEmail'
  | 'fixErrors'
  | 'conflictTitle'
  | 'conflictText'
  | 'conflictField'
  | 'conflictLoaded'
  | 'conflictServer'
  | 'conflictMine'
  | 'overwrite'
  | 'reload'
  | 'keepEditing'
  | 'yes'
  | 'no'
  | 'empty'
  | 'deletedTitle'
  | 'deletedText'
  | 'saveAsNew'
  | 'unknownClient'
  | 'newClient';

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  /** Sent on every change so the host can mark the title and keep a backup of the draft. */
  | { type: 'edit'; values: FormValues }
  /**
   * `overwrite`: the user saw a conflict and keeps their changes over the server's.
   * `asNew`: the record was deleted elsewhere; create a new one from what was typed.
   * `password` exists only in this message: the webview never stores it.
   */
  | { type: 'save'; requestId: number; values: FormValues; password?: string; overwrite?: boolean; asNew?: boolean }
  | { type: 'resolveConflict'; choice: 'reload' | 'keepEditing' }
  | { type: 'chooseImage'; requestId: number; fileName: string; bytes: Uint8Array }
  | { type: 'clearImage' }
  /** "New client…" was chosen in the client picker: the host asks for the client and creates it. */
  | { type: 'createClient' }
  | { type: 'discard' }
  | { type: 'showLog' };

/** Host → webview. */
export type HostMessage =
  | {
      type: 'init';
      kind: FormKindName;
      state: FormState;
      /** The client picker's entries (empty for a form without one). */
      clients: ClientOption[];
      strings: FormStrings;
      fields: Record<FormField, FieldText>;
      locale: string;
      maxImageBytes: number;
      restoredDraft: boolean;
      lostImageName?: string;
      /** The account's role may not save this form: why, shown above the fields, which cannot be changed. */
      readOnly?: string;
    }
  /** The account's role was learnt anew: the form becomes read-only (`reason`) or editable again. */
  | { type: 'readOnly'; reason?: string }
  /** The host replaced the form's base and values (conflict resolved, changes discarded). */
  | { type: 'reset'; state: FormState }
  | { type: 'saved'; requestId: number; state: FormState; created: boolean }
  /** `state` is present when part of the save went through (e.g. fields saved, image refused). */
  | { type: 'saveFailed'; requestId: number; failure: FormFailure; state?: FormState }
  | { type: 'conflict'; requestId: number; server: FormRecord; changes: FieldChange[] }
  | { type: 'deleted'; requestId: number }
  | { type: 'imageChecked'; requestId: number; error?: string }
  /**
   * The clients changed (a load, a client created, renamed or deleted). `selected`: the client just
   * created from this form, to be chosen in the picker.
   */
  | { type: 'clients'; clients: ClientOption[]; selected?: number };
