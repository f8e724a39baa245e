// The contact form's place in the engine: its words, the store's contacts, and the API calls that
// save a contact (portal access after the fields: granting it needs the password).
import * as vscode from 'vscode';
import { contactSchema, where, type ClientContact, type ContactPatch, type NewContact } from '../paymo';
import { CONTACT_FORM } from '../shared/contactForm';
import { CONTACT_FORM_VIEW_TYPE } from '../shared/formMessages';
import type { FormKindHost } from './formKindHost';

export const CONTACT_FORM_HOST: FormKindHost<ClientContact> = {
  kind: CONTACT_FORM,
  viewType: CONTACT_FORM_VIEW_TYPE,
  recordSchema: contactSchema,
  logName: 'contact',
  strings: () => ({
    titleNew: vscode.l10n.t('New contact'),
    sectionMain: vscode.l10n.t('Contact'),
    sectionImage: vscode.l10n.t('Profile image'),
    imageChoose: vscode.l10n.t('Choose Image…'),
    imageReplace: vscode.l10n.t('Replace Image…'),
    imageNone: vscode.l10n.t('No profile image.'),
    imageLost: vscode.l10n.t('The image you chose ({0}) is not kept across a reload: choose it again.'),
    create: vscode.l10n.t('Create Contact'),
    created: vscode.l10n.t('Contact created.'),
    conflictTitle: vscode.l10n.t('This contact was changed in Paymo since you opened it.'),
    deletedTitle: vscode.l10n.t('This contact was deleted in Paymo.'),
    deletedText: vscode.l10n.t('Nothing was saved. What you typed is still here: you can save it as a new contact.'),
    saveAsNew: vscode.l10n.t('Save as New Contact'),
  }),
  fieldTexts: () => ({
    client_id: { label: vscode.l10n.t('Client') },
    name: { label: vscode.l10n.t('Name') },
    email: { label: vscode.l10n.t('Email') },
    mobile: { label: vscode.l10n.t('Mobile') },
    phone: { label: vscode.l10n.t('Phone') },
    fax: { label: vscode.l10n.t('Fax') },
    skype: { label: vscode.l10n.t('Skype') },
    position: { label: vscode.l10n.t('Position') },
    notes: { label: vscode.l10n.t('Notes') },
    is_main: { label: vscode.l10n.t('Main contact of the client'), help: vscode.l10n.t('Paymo highlights the main contact of each client.') },
    access: {
      label: vscode.l10n.t('Can sign in to the client portal'),
      help: vscode.l10n.t('The contact signs in with their email address and this password.'),
    },
    password: {
      label: vscode.l10n.t('Password'),
      help: vscode.l10n.t('Password for the client portal'),
      helpWhenSet: vscode.l10n.t('New password (leave empty to keep the current one)'),
    },
  }),
  untitled: () => vscode.l10n.t('Contact'),

  stored: (store, id) => store.contact(id),
  keep: (store, contact) => store.upsertContact(contact),
  forget: (store, id) => store.removeContact(id),
  named: (store, name) => store.allContacts().filter((c) => c.name === name),
  reveal: (services, id) => services.tree.reveal(id),

  get: (api, id) => api.getContact(id),
  create: async (api, fields, image) => {
    const { contact, imageError } = await api.createContact(fields as NewContact, image ? { image } : {});
    return { record: contact, ...(imageError ? { imageError } : {}) };
  },
  update: (api, id, patch) => api.updateContact(id, patch as ContactPatch),
  uploadImage: (api, id, image) => api.uploadContactImage(id, image),
  listNamed: (api, name) => api.listContacts({ where: where.eq('name', name) }),
  afterFields: async (api, contact, values, password) => {
    if (values.access === true && (password || !contact.access)) return api.grantPortalAccess(contact.id, password ?? '');
    if (values.access === false && contact.access) return api.revokePortalAccess(contact.id);
    return contact;
  },
};
