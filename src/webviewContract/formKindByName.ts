// The kinds of form by name, for the webview (told the kind by `init`) and the host.
import { CLIENT_FORM } from './clientForm';
import { CONTACT_FORM } from './contactForm';
import type { FormKind } from './formKind';
import type { FormKindName } from './formMessages';

export const FORM_KIND_BY_NAME: Record<FormKindName, FormKind> = { contact: CONTACT_FORM, client: CLIENT_FORM };
