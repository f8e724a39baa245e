// The client form's place in the engine: its words, the store's clients, and the API calls that
// save a client and its logo.
import * as vscode from 'vscode';
import { clientSchema, where, type Client, type ClientPatch, type NewClient } from '../paymo';
import { CLIENT_FORM } from '../shared/clientForm';
import { CLIENT_FORM_VIEW_TYPE } from '../shared/formMessages';
import type { FormKindHost } from './formKindHost';

export const CLIENT_FORM_HOST: FormKindHost<Client> = {
  kind: CLIENT_FORM,
  viewType: CLIENT_FORM_VIEW_TYPE,
  recordSchema: clientSchema,
  logName: 'client',
  strings: () => ({
    titleNew: vscode.l10n.t('New client'),
    sectionMain: vscode.l10n.t('Client'),
    sectionImage: vscode.l10n.t('Logo'),
    imageChoose: vscode.l10n.t('Choose Logo…'),
    imageReplace: vscode.l10n.t('Replace Logo…'),
    imageNone: vscode.l10n.t('No logo.'),
    imageLost: vscode.l10n.t('The logo you chose ({0}) is not kept across a reload: choose it again.'),
    create: vscode.l10n.t('Create Client'),
    created: vscode.l10n.t('Client created.'),
    conflictTitle: vscode.l10n.t('This client was changed in Paymo since you opened it.'),
    deletedTitle: vscode.l10n.t('This client was deleted in Paymo.'),
    deletedText: vscode.l10n.t('Nothing was saved. What you typed is still here: you can save it as a new client.'),
    saveAsNew: vscode.l10n.t('Save as New Client'),
  }),
  fieldTexts: () => ({
    name: { label: vscode.l10n.t('Name') },
    email: { label: vscode.l10n.t('Email') },
    phone: { label: vscode.l10n.t('Phone') },
    fax: { label: vscode.l10n.t('Fax') },
    website: { label: vscode.l10n.t('Website') },
    address: { label: vscode.l10n.t('Address') },
    city: { label: vscode.l10n.t('City') },
    postal_code: { label: vscode.l10n.t('Postal code') },
    state: { label: vscode.l10n.t('State') },
    country: { label: vscode.l10n.t('Country') },
    fiscal_information: { label: vscode.l10n.t('Fiscal information'), help: vscode.l10n.t('Such as the VAT number, shown on invoices.') },
  }),
  untitled: () => vscode.l10n.t('Client'),

  stored: (store, id) => store.client(id),
  keep: (store, client) => store.upsertClient(client),
  forget: (store, id) => store.removeClient(id),
  named: (store, name) => store.clients().filter((c) => c.name === name),
  reveal: (services, id) => services.tree.revealClient(id),

  get: (api, id) => api.getClient(id),
  create: async (api, fields, image) => {
    const { client, imageError } = await api.createClient(fields as NewClient, image ? { image } : {});
    return { record: client, ...(imageError ? { imageError } : {}) };
  },
  update: (api, id, patch) => api.updateClient(id, patch as ClientPatch),
  uploadImage: (api, id, image) => api.uploadClientLogo(id, image),
  listNamed: async (api, name) => (await api.readClients({ where: where.eq('name', name) })).items,
};
