import * as assert from 'node:assert/strict';
import { identityFields, newRecordOf } from '../../../src/forms/recordPatch';
import {
  CONTACT_IDENTITY_FIELDS,
  findCreatedRecord,
  PaymoOutcomeUnknownError,
  where,
  type Client,
  type ClientContact,
  type NewClient,
  type NewContact,
  type PaymoApi,
} from '../../../src/paymo';
import { CLIENT_FORM } from '../../../src/webviewContract/clientForm';
import { blankValues } from '../../../src/webviewContract/formValues';
import { injectFault } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';

// The one answer to "did the create whose answer was lost go through?", for the import and the forms.
describe('findCreatedRecord: the record a lost create made, and never another', () => {
  const fx = useApiSandbox();
  let api: PaymoApi;
  beforeEach(() => {
    api = fx.api();
  });

  const contactsNamed = (name: string) => api.listContacts({ where: where.eq('name', name) });
  const clientsNamed = async (name: string) => (await api.readClients({ where: where.eq('name', name) })).items;
  const idsNamed = async (name: string) => (await contactsNamed(name)).map((c) => c.id);
  const findContact = (sent: NewContact, knownBefore: readonly number[]) =>
    findCreatedRecord<ClientContact>({ sent, knownBefore }, contactsNamed, CONTACT_IDENTITY_FIELDS);

  /** A create whose connection drops after the sandbox stored it. */
  async function lostCreate(sent: NewContact): Promise<void> {
    await injectFault(fx.sb, { action: 'dropAfter', method: 'POST', path: '/api/clientcontacts', count: 1 });
    await rejection(api.createContact(sent), PaymoOutcomeUnknownError);
  }

  it('finds the contact a create with a lost answer made, and never a namesake known before it', async () => {
    const sent: NewContact = { client_id: 2, name: 'Lost Answer', email: 'lost@example.com', position: 'Buyer' };
    const namesake = (await api.createContact(sent)).contact; // alike in every field, but there before
    const knownBefore = await idsNamed(sent.name);
    assert.equal(await findContact(sent, knownBefore), undefined, 'only the namesake exists: the create did not go through');

    await lostCreate(sent);
    const found = await findContact(sent, knownBefore);
    assert.ok(found);
    assert.notEqual(found.id, namesake.id);
    assert.equal(found.email, 'lost@example.com');
  });

  it('takes the newest of two contacts that both match', async () => {
    const sent: NewContact = { client_id: 2, name: 'Twice Alike', phone: '555 0101' };
    const knownBefore = await idsNamed(sent.name);
    const older = (await api.createContact(sent)).contact;
    await lostCreate(sent);
    const found = await findContact(sent, knownBefore);
    assert.ok(found);
    assert.ok(found.id > older.id, 'the later one');
    assert.deepEqual((await contactsNamed(sent.name)).map((c) => c.id).sort((a, b) => b - a)[0], found.id);
  });

  it('takes no contact of that name whose fields differ from those sent: changed, added, or with other spaces', async () => {
    const sent: NewContact = { client_id: 2, name: 'Not Quite', email: 'quite@example.com', notes: 'Met at the fair' };
    const knownBefore = await idsNamed(sent.name);
    await api.createContact({ ...sent, email: 'other@example.com' });
    await api.createContact({ ...sent, mobile: '555 0199' });
    await api.createContact({ ...sent, notes: ' Met at the fair' });
    await api.createContact({ ...sent, client_id: 1 });
    assert.equal(await findContact(sent, knownBefore), undefined);
  });

  it('counts absent, null and empty as one, and ignores is_main, which another contact made main clears', async () => {
    const sent: NewContact = { client_id: 2, name: 'Main For A While', email: 'main@example.com', phone: null, is_main: true };
    const knownBefore = await idsNamed(sent.name);
    await lostCreate({ ...sent, fax: '' });
    await api.createContact({ client_id: 2, name: 'The New Main', is_main: true });
    const found = await findContact(sent, knownBefore);
    assert.ok(found);
    assert.equal(found.is_main, false, 'the mark was cleared by the other contact');
  });

  it("finds a client form's create the same way, by the client form's fields", async () => {
    const values = { ...blankValues(CLIENT_FORM), name: 'Lost Client Ltd', city: 'Oslo', website: 'https://lost.example.com' };
    const sent = newRecordOf(CLIENT_FORM, values) as NewClient;
    const namesake = (await api.createClient(sent)).client;
    const knownBefore = (await clientsNamed(sent.name)).map((c) => c.id);
    const find = () => findCreatedRecord<Client>({ sent, knownBefore }, clientsNamed, identityFields(CLIENT_FORM));
    await api.createClient({ ...sent, country: 'Norway' });
    assert.equal(await find(), undefined, 'a namesake known before, and one with a field not sent');

    await injectFault(fx.sb, { action: 'dropAfter', method: 'POST', path: '/api/clients', count: 1 });
    await rejection(api.createClient(sent), PaymoOutcomeUnknownError);
    const found = await find();
    assert.ok(found);
    assert.notEqual(found.id, namesake.id);
    assert.deepEqual([found.name, found.city, found.website, found.country ?? null], [sent.name, 'Oslo', 'https://lost.example.com', null]);
  });
});
