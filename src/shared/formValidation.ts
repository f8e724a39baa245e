// Live validation, run by the webview as the user types and by the host again before it sends.
import type { ErrorTarget, FormStringKey, FormValues } from './formMessages';

// Deliberately loose (something@something.tld): the server is the judge of the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text);
}

export interface ValidationContext {
  /** The portal password typed in this save (never stored). */
  passwordGiven: boolean;
  /** Whether the contact had portal access when the form loaded it. */
  hadAccess: boolean;
}

export type ValidationErrors = Partial<Record<ErrorTarget, FormStringKey>>;

export function validate(values: FormValues, context: ValidationContext): ValidationErrors {
  const errors: ValidationErrors = {};
  if (values.client_id === null) errors.client_id = 'required';
  if (!values.name.trim()) errors.name = 'required';
  const email = values.email.trim();
  if (email && !looksLikeEmail(email)) errors.email = 'emailInvalid';
  if (values.access && !email) errors.email ??= 'accessNeedsEmail';
  // Granting access needs a password; a contact who already has access keeps theirs unless a new one is typed.
  if (values.access && !context.hadAccess && !context.passwordGiven) errors.password = 'passwordRequired';
  return errors;
}
