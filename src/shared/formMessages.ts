// The messages between a contact form (webview) and the extension host, defined once and imported
// by both sides, so that a renamed field breaks the build instead of the form. The webview bundle
// compiles this file too: it imports types only, which leave nothing in the bundle.
import type { ClientContact, ContactFields } from '../paymo/model';

export const CONTACT_FORM_VIEW_TYPE = 'paymoContacts.contactForm';

export type TextField = Exclude<keyof ContactFields, 'client_id' | 'is_main'>;
export const TEXT_FIELDS = ['name', 'email', 'mobile', 'phone', 'fax', 'skype', 'position', 'notes'] as const satisfies readonly TextField[];

/** What the form edits. Text fields hold '' for "no value"; `client_id` is null until one is chosen. */
export interface FormValues extends Record<TextField, string> {
  client_id: number | null;
  is_main: boolean;
  access: boolean;
}
export type FormField = keyof FormValues;
/** Fields an error can point at: the form's own plus the write-only and file inputs. */
export type ErrorTarget = FormField | 'password' | 'image';

/** A contact as the server sent it: the form shows it and its changes are relative to it. */
export type FormContact = ClientContact;

export type FormMode = 'create' | 'edit';

/**
 * The form as it is persisted: by the webview with `setState` (what the panel serializer gets
 * back after a reload) and by the host as a backup. Never the portal password, never image bytes.
 */
export interface FormState {
  /** The panel's identity in the registry: `new` for the create form, `contact:<id>` otherwise. */
  key: string;
  mode: FormMode;
  /** The server's contact as the form loaded it (null when creating): changes are relative to it. */
  base: FormContact | null;
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
  loaded: FormValues[FormField];
  server: FormValues[FormField];
  mine: FormValues[FormField];
}

export interface FormFailure {
  message: string;
  /** What the user can do about it. */
  hint: string;
  /** The field the server's message names, when it names one. */
  field?: ErrorTarget;
}

/** Every user-facing string the webview shows, translated by the host (`vscode.l10n.t`). */
export type FormStrings = Record<FormStringKey, string>;
export type FormStringKey =
  | 'loading'
  | 'titleNew'
  | 'sectionContact'
  | 'sectionPortal'
  | 'sectionImage'
  | 'sectionDetails'
  | 'client'
  | 'clientPlaceholder'
  | 'name'
  | 'email'
  | 'mobile'
  | 'phone'
  | 'fax'
  | 'skype'
  | 'position'
  | 'notes'
  | 'isMain'
  | 'isMainHelp'
  | 'access'
  | 'accessHelp'
  | 'password'
  | 'passwordNew'
  | 'passwordChange'
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
   * `asNew`: the contact was deleted elsewhere; create a new one from what was typed.
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
      state: FormState;
      clients: ClientOption[];
      strings: FormStrings;
      locale: string;
      maxImageBytes: number;
      restoredDraft: boolean;
      lostImageName?: string;
    }
  /** The host replaced the form's base and values (conflict resolved, changes discarded). */
  | { type: 'reset'; state: FormState }
  | { type: 'saved'; requestId: number; state: FormState; created: boolean }
  /** `state` is present when part of the save went through (e.g. fields saved, image refused). */
  | { type: 'saveFailed'; requestId: number; failure: FormFailure; state?: FormState }
  | { type: 'conflict'; requestId: number; server: FormContact; changes: FieldChange[] }
  | { type: 'deleted'; requestId: number }
  | { type: 'imageChecked'; requestId: number; error?: string }
  /**
   * The clients changed (a load, a client created, renamed or deleted). `selected`: the client just
   * created from this form, to be chosen in the picker.
   */
  | { type: 'clients'; clients: ClientOption[]; selected?: number };
