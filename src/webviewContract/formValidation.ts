// Live validation, run by the webview as the user types and by the host again before it sends:
// what the kind's field descriptions say (required, email and web address formats), then the
// kind's own rules.
import { fieldsOf, type FormKind, type ValidationContext, type ValidationErrors } from './formKind';
import type { FormValues } from './formMessages';

// Deliberately loose (something@something.tld): the server is the judge of the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// A host name with a dot, with or without http(s):// and a path: what people type for a web site.
const WEBSITE = /^(https?:\/\/)?[^\s/.:@]+(\.[^\s/.:@]+)+(:\d+)?(\/\S*)?$/i;

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text);
}

export function validate(kind: FormKind, values: FormValues, context: ValidationContext): ValidationErrors {
  const errors: ValidationErrors = {};
  for (const { field, control, required } of fieldsOf(kind)) {
    const value = values[field];
    const text = typeof value === 'string' ? value.trim() : '';
    if (required && (value === null || (typeof value === 'string' && !text))) errors[field] = 'required';
    else if (control === 'email' && text && !looksLikeEmail(text)) errors[field] = 'emailInvalid';
    else if (control === 'url' && text && !WEBSITE.test(text)) errors[field] = 'websiteInvalid';
  }
  // A field's own problem comes first: the kind's rule about it shows once that is fixed.
  return { ...kind.rules?.(values, context), ...errors };
}
