// The API client and Paymo's user types, over real HTTP to the sandbox: `me()` says the type, and a
// 403 says what it refused (the kind of request and its collection), so that the extension can name
// the permission; nothing refused reaches the data.
import * as assert from 'node:assert/strict';
import { mayChangeClients, PaymoForbiddenError, type PaymoApi, type RefusedRequest } from '../../../src/paymo';
import { makePng } from '../../support/png';
import { addUser, type UserType } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: user roles', () => {
  const fx = useApiSandbox();
  let made = 0;
  const signedInAs = async (type: UserType): Promise<PaymoApi> => {
    made += 1;
    const user = await addUser(fx.sb, { name: `${type} ${made}`, email: `role.${made}.${Date.now()}@example.com`, password: 'pw', type });
    return fx.api({ credentials: { kind: 'apiKey', apiKey: user.apiKey } });
  };
  const refusal = async (call: Promise<unknown>): Promise<RefusedRequest | undefined> => (await rejection(call, PaymoForbiddenError)).refused;
  const image = { bytes: makePng(2, 2), fileName: 'face.png' };

  it("reads the user's type with me(): Admin, Employee or Guest", async () => {
    assert.equal((await fx.api().me()).type, 'Admin');
    assert.equal((await fx.api({ credentials: { kind: 'apiKey', apiKey: fx.sb.employee.apiKey } }).me()).type, 'Employee');
    assert.equal((await (await signedInAs('Guest')).me()).type, 'Guest');
  });

  it('offers changes to admins only; a user whose type is not known yet (stored by an older version) keeps them until it is learnt', () => {
    assert.equal(mayChangeClients({ type: 'Admin' }), true);
    assert.equal(mayChangeClients({ type: undefined }), true);
    assert.equal(mayChangeClients({}), true);
    assert.equal(mayChangeClients({ type: 'Employee' }), false);
    assert.equal(mayChangeClients({ type: 'Guest' }), false);
    assert.equal(mayChangeClients({ type: 'admin' }), false, "Paymo's spelling only");
    assert.equal(mayChangeClients(undefined), false, 'nobody signed in');
  });

  it("says what an employee's 403 refused, for every change of contacts and clients, and the data stays as it was", async () => {
    const employee = fx.api({ credentials: { kind: 'apiKey', apiKey: fx.sb.employee.apiKey } });
    const before = await fx.api().getContact(1);
    const contacts = (operation: RefusedRequest['operation']) => ({ operation, collection: 'clientcontacts' });
    const clients = (operation: RefusedRequest['operation']) => ({ operation, collection: 'clients' });
    assert.deepEqual(await refusal(employee.createContact({ client_id: 1, name: 'Not Allowed' })), contacts('create'));
    assert.deepEqual(await refusal(employee.createContact({ client_id: 1, name: 'Not Allowed' }, { image })), contacts('create'));
    assert.deepEqual(await refusal(employee.updateContact(1, { name: 'Renamed' })), contacts('update'));
    assert.deepEqual(await refusal(employee.grantPortalAccess(1, 'portal-password')), contacts('update'));
    assert.deepEqual(await refusal(employee.uploadContactImage(1, image)), contacts('update'));
    assert.deepEqual(await refusal(employee.deleteContact(1)), contacts('delete'));
    assert.deepEqual(await refusal(employee.createClient({ name: 'Not Allowed Ltd' })), clients('create'));
    assert.deepEqual(await refusal(employee.updateClient(1, { name: 'Renamed Ltd' })), clients('update'));
    assert.deepEqual(await refusal(employee.archiveClient(1)), clients('update'));
    assert.deepEqual(await refusal(employee.uploadClientLogo(1, image)), clients('update'));
    assert.deepEqual(await refusal(employee.deleteClient(1)), clients('delete'));
    const error = await rejection(employee.deleteContact(1), PaymoForbiddenError);
    assert.equal(error.serverMessage, 'Only administrators can add, change or delete clients and contacts');
    assert.equal(error.mayHaveReachedServer, false);
    assert.deepEqual(await fx.api().getContact(1), before, 'the contact is as it was');
  });

  it("says a guest's reads were refused, for clients and for contacts", async () => {
    const guest = await signedInAs('Guest');
    assert.deepEqual(await refusal(guest.listClients()), { operation: 'read', collection: 'clients' });
    assert.deepEqual(await refusal(guest.getClient(1)), { operation: 'read', collection: 'clients' });
    assert.deepEqual(await refusal(guest.listContacts({ clientId: 1 })), { operation: 'read', collection: 'clientcontacts' });
    const error = await rejection(guest.getContact(1), PaymoForbiddenError);
    assert.equal(error.serverMessage, 'Guests do not have access to clients and their contacts');
  });
});
