// The contact form's fields: the client, the contact's details, main-contact mark, and portal access
// with its write-only password.
import type { FormKind } from './formKind';
import type { FormValues } from './formMessages';

export const CONTACT_FORM: FormKind = {
  name: 'contact',
  newKey: 'new',
  keyPrefix: 'contact',
  sections: [
    {
      heading: 'sectionMain',
      rows: [
        [{ field: 'client_id', control: 'client', required: true }],
        [{ field: 'name', control: 'text', required: true }],
        [{ field: 'email', control: 'email' }],
        [
          { field: 'mobile', control: 'tel' },
          { field: 'phone', control: 'tel' },
          { field: 'fax', control: 'tel' },
        ],
        [
          { field: 'position', control: 'text' },
          { field: 'skype', control: 'text' },
        ],
        [{ field: 'notes', control: 'textarea' }],
        [{ field: 'is_main', control: 'checkbox', volatile: true }],
      ],
    },
    {
      heading: 'sectionPortal',
      rows: [[{ field: 'access', control: 'checkbox', ownRequest: true }], [{ field: 'password', control: 'password', shownWith: 'access' }]],
    },
  ],
  rules: (values: FormValues, { passwordGiven, base }) => {
    const access = values.access === true;
    const hadAccess = base !== null && 'access' in base && base.access;
    return {
      // The portal login is the email address.
      ...(access && !String(values.email).trim() ? { email: 'accessNeedsEmail' } : {}),
      // Granting access needs a password; a contact who already has access keeps theirs unless a new one is typed.
      ...(access && !hadAccess && !passwordGiven ? { password: 'passwordRequired' } : {}),
    };
  },
};
