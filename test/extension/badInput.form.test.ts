// Bad input typed into the contact form: what is invalid is refused before any request, with the
// field marked and everything typed kept; what is merely unusual (100 KB of notes, emoji,
// right-to-left text, control characters) is saved exactly and breaks nothing.
import * as assert from 'node:assert/strict';
import type { ErrorTarget, FormValues, WebviewMessage } from '../../src/webviewContract/formMessages';
import { CONTACT_FORM } from '../../src/webviewContract/contactForm';
import { validate } from '../../src/webviewContract/formValidation';
import { caseGroup } from '../support/caseCounter';
import { discardForms } from './support/faults';
import { serverContact } from './support/serverContacts';
import { readyApi } from './support/contacts';
import { editFreshContact, only, openForm, save } from './support/forms';
import { clientNodes, contactNodes } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

const badInput = caseGroup('bad input');

let n = 0;
function values(patch: Partial<FormValues> = {}): FormValues {
  n += 1;
  return {
    client_id: 5,
    name: `Unusual Input ${Date.now()}-${n}`,
    email: '',
    mobile: '',
    phone: '',
    fax: '',
    skype: '',
    position: '',
    notes: '',
    is_main: false,
    access: false,
    ...patch,
  };
}

const INVALID: { what: string; patch: Partial<FormValues>; field: ErrorTarget }[] = [
  { what: 'an empty name', patch: { name: '' }, field: 'name' },
  { what: 'a name of spaces', patch: { name: '     ' }, field: 'name' },
  { what: 'a name of tabs and line breaks', patch: { name: '\t\n\r\n ' }, field: 'name' },
  { what: 'no client', patch: { client_id: null }, field: 'client_id' },
  ...['plainaddress', 'two@@example.com', 'spaces in@example.com', '@example.com', 'x@.com', 'trailing@dot.', 'no-dot@example'].map((email) => ({
    what: `the email ${JSON.stringify(email)}`,
    patch: { email },
    field: 'email' as const,
  })),
  { what: 'portal access without an email', patch: { access: true }, field: 'email' },
];

const CONTROL = 'Bell\u0007 Esc\u001b[31m Tab\tNul-free \u200b zero-width';
const UNUSUAL: { what: string; patch: Partial<FormValues> }[] = [
  { what: 'emoji in every text field', patch: { name: 'Zoë 👩🏽‍💻 🚀 Ünïcødé', position: 'Chief 🍕 Officer', notes: '🎉🎉🎉\n👍', skype: 'emoji.😀' } },
  { what: 'right-to-left text', patch: { name: 'مريم الحسيني', position: 'מנהלת חשבונות', notes: 'שלום \u202Eevil\u202C עולם', mobile: '+972 50 123 4567' } },
  {
    what: 'control characters',
    patch: { name: `Control ${CONTROL}`, notes: `line\u0000less? no: ${CONTROL}\r\nnext`.replace('\u0000', ''), position: CONTROL },
  },
];

/** Longer than Paymo keeps: refused by the server with the field named, then saved once shortened. */
const TOO_LONG: { what: string; field: 'notes' | 'name'; value: string; fits: (v: string) => string }[] = [
  { what: '100 KB of notes', field: 'notes', value: 'Ten bytes\n'.repeat(10_240), fits: (v) => v.slice(0, 59_999) },
  { what: 'a 2,000-character name', field: 'name', value: `Long ${'Name'.repeat(499)}`, fits: (v) => `${v.slice(0, 200)} ${Date.now()}` },
];

describe('Bad input in the contact form', () => {
  afterEach(async () => discardForms(await readyApi()));

  for (const input of INVALID) {
    badInput.it(`refuses ${input.what} before sending, marks the field and keeps what was typed`, async () => {
      const api = await readyApi();
      await openForm(api, 'createContact', { clientId: 5 }, 'new');
      const typed = values(input.patch);
      await api.panels.simulate('new', { type: 'edit', values: typed });
      await sandboxControl.clearRequests();
      const failed = only(await save(api, 'new', typed), 'saveFailed');

      assert.match(failed.failure.message, /need attention/);
      assert.match(failed.failure.hint, /Correct the marked fields, then save again/);
      assert.ok(validate(CONTACT_FORM, typed, { passwordGiven: false, base: null })[input.field], `the form marks ${input.field}`);
      assert.deepEqual(await sandboxControl.requests(), [], 'nothing was sent');
      assert.deepEqual(api.panels.state('new').values, typed, 'everything typed is kept');
    });
  }

  for (const input of TOO_LONG) {
    badInput.it(`refuses ${input.what} with the field named, keeps it all, and saves it shortened`, async () => {
      const api = await readyApi();
      await openForm(api, 'createContact', { clientId: 5 }, 'new');
      const typed = values({ [input.field]: input.value });
      const failed = only(await save(api, 'new', typed), 'saveFailed');

      assert.match(failed.failure.message, new RegExp(`${input.field} is too long \\(at most \\d+ characters\\)`));
      assert.equal(failed.failure.field, input.field, 'the form marks the field');
      assert.match(failed.failure.hint, /Correct it, then save again/);
      assert.deepEqual(api.panels.state('new').values, typed, 'all of it is kept');

      const shortened = { ...typed, [input.field]: input.fits(input.value) };
      const saved = only(await save(api, 'new', shortened), 'saved');
      assert.equal((await serverContact(saved.state.base!.id))?.[input.field], shortened[input.field]);
    });
  }

  for (const input of UNUSUAL) {
    badInput.it(`saves ${input.what} exactly, and the tree and the form show it as typed`, async () => {
      const api = await readyApi();
      await openForm(api, 'createContact', { clientId: 5 }, 'new');
      const typed = values(input.patch);
      const saved = only(await save(api, 'new', typed), 'saved');
      const id = saved.state.base!.id;

      const server = await serverContact(id);
      for (const field of ['name', 'position', 'notes', 'skype', 'mobile'] as const) {
        assert.equal(server?.[field] ?? '', typed[field], `${field} arrived exactly`);
      }
      const client = clientNodes(api).find((node) => node.client.id === 5)!;
      const node = contactNodes(api, client).find((c) => c.contact.id === id)!;
      assert.equal(api.tree.getTreeItem(node).label, typed.name, 'the tree label is the name as typed');
      assert.deepEqual(api.panels.state(`contact:${id}`).values, typed, 'the form shows exactly what was saved');
      assert.equal(api.panels.title(`contact:${id}`), typed.name);
    });
  }

  badInput.it('messages the form page never sends are ignored: the form, its draft and the server stay as they were', async () => {
    const api = await readyApi();
    const { contact, key } = await editFreshContact(api, { client_id: 5, position: 'Buyer' });
    const before = api.panels.state(key);
    await sandboxControl.clearRequests();
    const malformed: unknown[] = [
      { type: 'edit', values: null },
      { type: 'edit', values: { ...before.values, client_id: '5' } },
      { type: 'save', requestId: 'one', values: before.values },
      { type: 'save', requestId: 1, values: { ...before.values, name: 42 } },
      { type: 'chooseImage', requestId: 1, fileName: 'a.png', bytes: 'not bytes' },
      { type: 'resolveConflict', choice: 'everything' },
      { type: 'deleteEverything' },
      'save',
    ];
    for (const message of malformed) {
      assert.deepEqual(await api.panels.simulate(key, message as WebviewMessage), [], JSON.stringify(message));
    }
    assert.deepEqual(api.panels.state(key), before);
    assert.deepEqual(await sandboxControl.requests(), [], 'nothing was sent');

    await api.panels.simulate(key, { type: 'edit', values: { ...before.values, position: 'Chief Buyer', injected: '<x>' } } as WebviewMessage);
    assert.equal(api.panels.state(key).values.position, 'Chief Buyer');
    assert.equal('injected' in api.panels.state(key).values, false, 'keys the form does not have are dropped');

    // `asNew` is only for a contact reported deleted: otherwise the save is an update, never a second contact.
    const saved = only(await save(api, key, api.panels.state(key).values, { asNew: true }), 'saved');
    assert.equal(saved.created, false);
    assert.equal((await serverContact(contact.id))?.position, 'Chief Buyer');
    const writes = await sandboxControl.writes();
    assert.deepEqual(writes, [`PUT /api/clientcontacts/${contact.id}`]);
  });
});
