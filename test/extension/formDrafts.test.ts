import * as assert from 'node:assert/strict';
import { readyApi } from './support/contacts';
import { closeForms, editFreshContact, openForm } from './support/forms';

describe('Contact form: drafts', () => {
  afterEach(async () => closeForms(await readyApi()));

  it('brings back unsaved edits after the panel is closed and opened again', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    const typed = { ...init.state.values, name: 'Draft Name', notes: 'half-written note' };
    await api.panels.simulate(key, { type: 'edit', values: typed });
    api.panels.close(key);
    assert.deepEqual(api.panels.keys(), []);

    const again = await openForm(api, 'editContact', { contactId: contact.id }, key);
    assert.equal(again.restoredDraft, true, 'the form says the changes were restored');
    assert.deepEqual(again.state.values, typed);
    assert.equal(api.panels.title(key), '● Draft Name');
  });

  it('forgets the draft when the user discards the changes', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    await api.panels.simulate(key, { type: 'edit', values: { ...init.state.values, name: 'Not wanted' } });
    await api.panels.simulate(key, { type: 'discard' });
    api.panels.close(key);
    const again = await openForm(api, 'editContact', { contactId: contact.id }, key);
    assert.equal(again.restoredDraft, false);
    assert.equal(again.state.values.name, contact.name);
  });

  it("keeps a create form's draft too, with the client it was started from", async () => {
    const api = await readyApi();
    await openForm(api, 'createContact', undefined, 'new');
    const typed = { ...api.panels.state('new').values, name: 'Someone New', email: 'new@example.com' };
    await api.panels.simulate('new', { type: 'edit', values: typed });
    api.panels.close('new');
    const again = await openForm(api, 'createContact', { clientId: 2 }, 'new');
    assert.deepEqual(again.state.values, { ...typed, client_id: 2 });
    await api.panels.simulate('new', { type: 'discard' });
  });
});
