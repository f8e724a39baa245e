// The operations of the fault matrix, each as a user does it with the client and the store (what the
// extension's commands do: call the client, then update the store with the answer), and the user's
// retry once the fault is gone, with what must then be true on the server and in the store.
import * as assert from 'node:assert/strict';
import { PaymoNotFoundError, where, type ClientContact, type NewContact, type PaymoApi } from '../../../src/paymo';
import type { AccountStore } from '../../../src/store/accountStore';
import { portalLogin, type Sandbox } from '../../support/sandbox';
import type { OperationTraits } from './faultKinds';

/** One case's world: a fresh contact of its own, a loaded store, and two clients. */
export interface FaultCase {
  sb: Sandbox;
  /** The client under test: short timeout, meets the fault. */
  api: PaymoApi;
  /** Sets up and checks, only while no fault is pending. */
  admin: PaymoApi;
  store: AccountStore;
  contact: ClientContact;
  /** What the user typed into the create form (frozen: nothing may change it). */
  newContact: Readonly<NewContact>;
  /** An existing client for a create retried after its first client was deleted elsewhere. */
  otherClientId: number;
  portalPassword: string;
  image: Uint8Array;
}

export interface FaultOperation extends OperationTraits {
  /** The requests the fault is put on. */
  target(c: FaultCase): { method: string; path: string };
  /** The user's action, with the store updated from the answer as the extension does. */
  act(c: FaultCase): Promise<void>;
  /** Once the fault is gone: the user's retry, then what must hold. `gone`: the contact (or its client) was deleted elsewhere. */
  retry(c: FaultCase, gone: boolean): Promise<void>;
}

const contactPath = (c: FaultCase) => `/api/clientcontacts/${c.contact.id}`;
const NEW_POSITION = 'Head of Fault Tolerance';

/** After a 404 the user refreshes: the contact is gone from the view, everything else is still there. */
async function refreshWithout(c: FaultCase): Promise<void> {
  await c.store.sync(c.api, { full: true });
  assert.equal(c.store.contact(c.contact.id), undefined, 'the contact deleted elsewhere is gone after a refresh');
  assert.equal(c.store.allContacts().length, (await c.admin.listContacts()).length, 'the refreshed store has every other contact');
}

/** The retry of an update-like operation: do it again, then check the server and the store agree. */
function repeat(check: (c: FaultCase, server: ClientContact) => Promise<void> | void): FaultOperation['retry'] {
  return async function (this: FaultOperation, c, gone) {
    if (gone) return refreshWithout(c);
    await this.act(c);
    const server = await c.admin.getContact(c.contact.id);
    await check(c, server);
    assert.deepEqual(c.store.contact(c.contact.id), server, 'the store holds what the server has');
  };
}

export const OPERATIONS: readonly FaultOperation[] = [
  {
    name: 'list',
    create: false,
    readsBody: true,
    target: () => ({ method: 'GET', path: '/api/client' }),
    act: async (c) => {
      await c.store.sync(c.api, { full: true });
    },
    async retry(c, gone) {
      await c.store.sync(c.api, { full: true });
      assert.equal(c.store.contact(c.contact.id) === undefined, gone, gone ? 'the deleted contact is gone' : 'the contact is listed');
      assert.equal(c.store.allContacts().length, (await c.admin.listContacts()).length, 'every contact is listed');
      assert.equal(c.store.clients().length, (await c.admin.listClients()).length, 'every client is listed');
    },
  },
  {
    name: 'get',
    create: false,
    readsBody: true,
    target: (c) => ({ method: 'GET', path: contactPath(c) }),
    async act(c) {
      assert.equal((await c.api.getContact(c.contact.id)).name, c.contact.name);
    },
    async retry(c, gone) {
      if (gone) return refreshWithout(c);
      await this.act(c);
    },
  },
  {
    name: 'create',
    create: true,
    readsBody: true,
    target: () => ({ method: 'POST', path: '/api/clientcontacts' }),
    async act(c) {
      c.store.upsertContact((await c.api.createContact(c.newContact)).contact);
    },
    async retry(c, gone) {
      // What the message asks: refresh and look before creating again.
      await c.store.sync(c.api, { full: true });
      const named = () => c.store.allContacts().filter((x) => x.name === c.newContact.name);
      if (named().length === 0) {
        const fields = gone ? { ...c.newContact, client_id: c.otherClientId } : c.newContact;
        c.store.upsertContact((await c.api.createContact(fields)).contact);
      }
      const onServer = await c.admin.listContacts({ where: where.eq('name', c.newContact.name!) });
      assert.equal(onServer.length, 1, 'exactly one contact on the server: never a duplicate');
      assert.deepEqual(
        named().map((x) => x.id),
        onServer.map((x) => x.id),
        'the store shows that one contact',
      );
    },
  },
  {
    name: 'update',
    create: false,
    readsBody: true,
    target: (c) => ({ method: 'PUT', path: contactPath(c) }),
    async act(c) {
      c.store.upsertContact(await c.api.updateContact(c.contact.id, { position: NEW_POSITION }));
    },
    retry: repeat((_c, server) => assert.equal(server.position, NEW_POSITION)),
  },
  {
    name: 'portal access',
    create: false,
    readsBody: true,
    target: (c) => ({ method: 'PUT', path: contactPath(c) }),
    async act(c) {
      c.store.upsertContact(await c.api.grantPortalAccess(c.contact.id, c.portalPassword));
    },
    retry: repeat(async (c, server) => {
      assert.equal(server.access, true);
      assert.equal(await portalLogin(c.sb, server.email!, c.portalPassword), true, 'the contact can sign in to the portal');
    }),
  },
  {
    name: 'image upload',
    create: false,
    readsBody: true,
    target: (c) => ({ method: 'POST', path: contactPath(c) }),
    async act(c) {
      c.store.upsertContact(await c.api.uploadContactImage(c.contact.id, { bytes: c.image, fileName: 'face.png' }));
    },
    retry: repeat((_c, server) => assert.ok(server.image, 'the contact has an image')),
  },
  {
    name: 'delete',
    create: false,
    readsBody: false,
    target: (c) => ({ method: 'DELETE', path: contactPath(c) }),
    async act(c) {
      await c.api.deleteContact(c.contact.id);
      c.store.removeContact(c.contact.id);
    },
    async retry(c) {
      // The user sees the refreshed view and deletes the contact again only if it is still there.
      await c.store.sync(c.api, { full: true });
      if (c.store.contact(c.contact.id)) await this.act(c);
      await assert.rejects(c.admin.getContact(c.contact.id), PaymoNotFoundError, 'the contact is deleted on the server');
      assert.equal(c.store.contact(c.contact.id), undefined, 'and gone from the store');
    },
  },
];
