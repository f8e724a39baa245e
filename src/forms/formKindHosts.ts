// The two kinds of form as the engine sees them: one line per thing that differs, the contact's
// way and the client's, so that neither kind is a copy of the other.
import * as vscode from 'vscode';
import {
  clientSchema,
  contactSchema,
  where,
  type Client,
  type ClientContact,
  type ClientPatch,
  type ContactPatch,
  type NewClient,
  type NewContact,
} from '../paymo';
import { FORM_KIND_BY_NAME } from '../webviewContract/formKindByName';
import { CLIENT_FORM_VIEW_TYPE, CONTACT_FORM_VIEW_TYPE, type FormKindName } from '../webviewContract/formMessages';
import type { FormKindHost } from './formKindHost';
import { kindStrings } from './formStrings';

function formKindHost(name: FormKindName): FormKindHost {
  const contact = name === 'contact';
  const asContact = (record: unknown) => record as ClientContact;
  const asClient = (record: unknown) => record as Client;
  return {
    kind: FORM_KIND_BY_NAME[name],
    viewType: contact ? CONTACT_FORM_VIEW_TYPE : CLIENT_FORM_VIEW_TYPE,
    recordSchema: contact ? contactSchema : clientSchema,
    logName: name,
    strings: () => kindStrings(name),
    untitled: () => (contact ? vscode.l10n.t('Contact') : vscode.l10n.t('Client')),

    stored: (store, id) => (contact ? store.contact(id) : store.client(id)),
    keep: (store, record) => (contact ? store.upsertContact(asContact(record)) : store.upsertClient(asClient(record))),
    forget: (store, id) => (contact ? store.removeContact(id) : store.removeClient(id)),
    named: (store, name) => (contact ? store.allContacts() : store.clients()).filter((record) => record.name === name),
    reveal: (services, id) => (contact ? services.tree.reveal(id, { account: services.account }) : services.tree.revealClient(services.account, id)),

    get: (api, id) => (contact ? api.getContact(id) : api.getClient(id)),
    create: async (api, fields, image) => {
      const options = image ? { image } : {};
      const created = contact ? await api.createContact(fields as NewContact, options) : await api.createClient(fields as NewClient, options);
      return { record: 'contact' in created ? created.contact : created.client, ...(created.imageError ? { imageError: created.imageError } : {}) };
    },
    update: (api, id, patch) => (contact ? api.updateContact(id, patch as ContactPatch) : api.updateClient(id, patch as ClientPatch)),
    uploadImage: (api, id, image) => (contact ? api.uploadContactImage(id, image) : api.uploadClientLogo(id, image)),
    listNamed: async (api, name) =>
      contact ? api.listContacts({ where: where.eq('name', name) }) : (await api.readClients({ where: where.eq('name', name) })).items,
    // Portal access has requests of its own: granting it needs the password.
    ...(contact
      ? {
          afterFields: async (api, record, values, password) => {
            const person = asContact(record);
            if (values.access === true && (password || !person.access)) return api.grantPortalAccess(person.id, password ?? '');
            if (values.access === false && person.access) return api.revokePortalAccess(person.id);
            return person;
          },
        }
      : {}),
  } satisfies FormKindHost;
}

export const CONTACT_FORM_HOST = formKindHost('contact');
export const CLIENT_FORM_HOST = formKindHost('client');
