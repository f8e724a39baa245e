// The check a form's saved state passes when VS Code hands it back after a reload: a form of any
// account comes back with its unsaved values, and anything else is refused.
import * as assert from 'node:assert/strict';
import { parseFormState } from '../../../src/forms/webviewMessages';
import { clientSchema, contactSchema } from '../../../src/paymo';
import { CLIENT_FORM } from '../../../src/webviewContract/clientForm';
import { CONTACT_FORM } from '../../../src/webviewContract/contactForm';
import { blankValues } from '../../../src/webviewContract/formValues';

const contactKind = { kind: CONTACT_FORM, recordSchema: contactSchema };
const clientKind = { kind: CLIENT_FORM, recordSchema: clientSchema };

function stateOf(key: string, kind = CONTACT_FORM) {
  return {
    key,
    mode: key.endsWith('new') || key.endsWith('new-client') ? 'create' : 'edit',
    base: null,
    values: { ...blankValues(kind), name: 'Typed, not saved' },
  };
}

describe('Restored form states', () => {
  for (const key of ['contact:7', 'new', 'a2/contact:7', 'a2/new', 'a13/contact:7']) {
    it(`a contact form keyed ${key} comes back with its unsaved values`, () => {
      assert.equal(parseFormState(contactKind, stateOf(key))?.values.name, 'Typed, not saved');
    });
  }

  for (const key of ['client:4', 'new-client', 'a2/client:4', 'a3/new-client']) {
    it(`a client form keyed ${key} comes back with its unsaved values`, () => {
      assert.equal(parseFormState(clientKind, stateOf(key, CLIENT_FORM))?.values.name, 'Typed, not saved');
    });
  }

  for (const key of ['a1x/contact:7', 'a0/contact:7', 'a2/client:7', '../contact:7', 'contact:0', 'a2//contact:7', 'a2/contact:7/x']) {
    it(`a contact form state keyed ${JSON.stringify(key)} is refused`, () => {
      assert.equal(parseFormState(contactKind, stateOf(key)), undefined);
    });
  }
});
