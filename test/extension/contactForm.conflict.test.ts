import * as assert from 'node:assert/strict';
import type { FormValues } from '../../src/webviewContract/formMessages';
import { serverContact } from './support/serverContacts';
import { sandboxControl } from './support/sandboxControl';
import { readyApi } from './support/contacts';
import { changeOnServer, closeForms, deleteOnServer, editFreshContact, only, save } from './support/forms';

describe('Contact form: changed or deleted elsewhere', () => {
  afterEach(async () => closeForms(await readyApi()));

  /** A form whose contact someone else changes (phone and position) while the user edits name and phone. */
  async function conflicted() {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api, { phone: '111', position: 'Before', email: 'before@example.com' });
    const mine: FormValues = { ...init.state.values, name: `${contact.name} (mine)`, phone: '333' };
    await api.panels.simulate(key, { type: 'edit', values: mine });
    await changeOnServer(contact.id, { phone: '222', position: 'Theirs' });
    await sandboxControl.clearRequests();
    const conflict = only(await save(api, key, mine), 'conflict');
    return { api, contact, key, mine, conflict };
  }

  it('shows what changed on the server, field by field, and saves nothing', async () => {
    const { api, contact, key, mine, conflict } = await conflicted();
    assert.deepEqual(conflict.changes, [
      { field: 'phone', loaded: '111', server: '222', mine: '333' },
      { field: 'position', loaded: 'Before', server: 'Theirs', mine: 'Before' },
    ]);
    assert.deepEqual(
      (await sandboxControl.requests()).filter((r) => r.method !== 'GET'),
      [],
      'nothing written',
    );
    assert.deepEqual(api.panels.state(key).values, mine);
    assert.equal(api.store.contact(contact.id)?.position, 'Theirs', "the tree shows the server's version");
  });

  it("overwrite: my changes win, the server's other changes stay", async () => {
    const { api, contact, key, mine } = await conflicted();
    only(await save(api, key, mine, { overwrite: true }), 'saved');
    const after = await serverContact(contact.id);
    assert.equal(after?.name, mine.name);
    assert.equal(after?.phone, '333');
    assert.equal(after?.position, 'Theirs');
  });

  it("reload: the server's version replaces mine", async () => {
    const { api, key } = await conflicted();
    const reset = only(await api.panels.simulate(key, { type: 'resolveConflict', choice: 'reload' }), 'reset');
    assert.equal(reset.state.values.phone, '222');
    assert.equal(reset.state.values.position, 'Theirs');
    assert.doesNotMatch(api.panels.title(key), /^●/);
  });

  it("keep editing: my changes stay on top of the server's version, and the next save goes through", async () => {
    const { api, contact, key, mine } = await conflicted();
    const reset = only(await api.panels.simulate(key, { type: 'resolveConflict', choice: 'keepEditing' }), 'reset');
    assert.deepEqual(reset.state.values, { ...mine, position: 'Theirs' });
    only(await save(api, key, reset.state.values), 'saved');
    const after = await serverContact(contact.id);
    assert.deepEqual([after?.name, after?.phone, after?.position], [mine.name, '333', 'Theirs']);
  });

  it('says plainly that the contact was deleted, and can save what was typed as a new contact', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api, { email: 'gone@example.com' });
    const mine = { ...init.state.values, position: 'Typed after the delete' };
    await deleteOnServer(contact.id);

    only(await save(api, key, mine), 'deleted');
    assert.equal(api.store.contact(contact.id), undefined, 'gone from the tree');
    assert.deepEqual(api.panels.state(key).values, mine);

    const saved = only(await save(api, key, mine, { asNew: true }), 'saved');
    assert.equal(saved.created, true);
    assert.notEqual(saved.state.base!.id, contact.id);
    const created = await serverContact(saved.state.base!.id);
    assert.deepEqual([created?.name, created?.email, created?.position], [contact.name, 'gone@example.com', 'Typed after the delete']);
  });
});
