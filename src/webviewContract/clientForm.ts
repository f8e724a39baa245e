// The client form's fields: every field Paymo lets a user write on a client. `active` is not one of
// them: archiving and restoring are commands of their own.
import type { FormKind } from './formKind';

export const CLIENT_FORM: FormKind = {
  name: 'client',
  newKey: 'new-client',
  keyPrefix: 'client',
  sections: [
    {
      heading: 'sectionMain',
      rows: [
        [{ field: 'name', control: 'text', required: true }],
        [{ field: 'email', control: 'email' }],
        [
          { field: 'phone', control: 'tel' },
          { field: 'fax', control: 'tel' },
        ],
        [{ field: 'website', control: 'url' }],
        [{ field: 'address', control: 'textarea' }],
        [
          { field: 'city', control: 'text' },
          { field: 'postal_code', control: 'text' },
        ],
        [
          { field: 'state', control: 'text' },
          { field: 'country', control: 'text' },
        ],
        [{ field: 'fiscal_information', control: 'textarea' }],
      ],
    },
  ],
};
