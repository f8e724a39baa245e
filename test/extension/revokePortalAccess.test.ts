import * as assert from 'node:assert/strict';
import type { ClientContact } from '../../src/paymo';
import { freshContact, readyApi } from './support/contacts';
import { command } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { serverContact } from './support/serverContacts';

describe('Revoke Portal Access', () => {
  it('revokes the access a contact was granted, on the server and in the store, with one write', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'portal.revoked@example.test' });
    assert.equal((await command<ClientContact>('grantPortalAccess', { contactId: contact.id, password: 'correct horse battery' }))?.access, true);
    await sandboxControl.clearRequests();

    const revoked = await command<ClientContact>('revokePortalAccess', { contactId: contact.id });
    assert.equal(revoked?.access, false);
    assert.equal((await serverContact(contact.id))?.access, false, 'revoked on the server');
    assert.equal(api.store.contact(contact.id)?.access, false, 'revoked in the store');
    assert.deepEqual(await sandboxControl.writes(), [`PUT /api/clientcontacts/${contact.id}`]);
  });
});
