// What a kind of form is: its fields, described once, in the order and grouping the page shows
// them. The host derives from it what it accepts, sends and compares; the webview derives the
// controls. A second kind of form is a second description, not a second form.
import type { ErrorTarget, FormKindName, FormRecord, FormStringKey, FormValues } from './formMessages';

/**
 * `client`: the client picker (a client id, null until chosen). `password`: write-only, never in the
 * form's values (it goes with the save message only).
 */
export type Control = 'text' | 'email' | 'tel' | 'url' | 'textarea' | 'checkbox' | 'client' | 'password';

export interface FieldSpec {
  field: string;
  control: Control;
  required?: boolean;
  /** Saved by requests of its own (portal access), not with the other fields. */
  ownRequest?: boolean;
  /** Shown only while this checkbox field is on. */
  shownWith?: string;
  /** Changed on the server by other writes (another contact made main): no proof of who made a record. */
  volatile?: boolean;
}

export interface FormSection {
  heading: FormStringKey;
  /** Rows of fields; the fields of one row stand side by side. */
  rows: readonly (readonly FieldSpec[])[];
}

export interface ValidationContext {
  /** A password typed in this save (never stored). */
  passwordGiven: boolean;
  /** The record as the form loaded it. */
  base: FormRecord | null;
}

export type ValidationErrors = Partial<Record<ErrorTarget, FormStringKey>>;

export interface FormKind {
  name: FormKindName;
  /** The create form's panel key (one create form of a kind at a time). */
  newKey: string;
  /** An edit form's panel key is `<keyPrefix>:<id>`. */
  keyPrefix: string;
  /** After the image section, before the read-only details. */
  sections: readonly FormSection[];
  /** What the field descriptions cannot say (required, email and web address formats are checked for every kind). */
  rules?: (values: FormValues, context: ValidationContext) => ValidationErrors;
}

export function recordKey(kind: FormKind, id: number): string {
  return `${kind.keyPrefix}:${id}`;
}

/** Every field of the form, in page order. */
export function fieldsOf(kind: FormKind): FieldSpec[] {
  return kind.sections.flatMap((section) => section.rows.flat());
}

/** The fields that hold a value in `FormValues` (all but write-only ones). */
export function valueFields(kind: FormKind): FieldSpec[] {
  return fieldsOf(kind).filter((spec) => spec.control !== 'password');
}

export function isTextControl(control: Control): boolean {
  return control !== 'checkbox' && control !== 'client';
}
