// The webview's words, translated on the host (the webview has no `vscode.l10n`): those every kind
// of form shares, those each kind says its own way, and the fields' labels. `{0}` marks a value the
// webview fills in.
import * as vscode from 'vscode';
import type { FieldText, FormField, FormKindName, FormStrings } from '../webviewContract/formMessages';
import type { KindStringKey } from './formKindHost';

export function formStrings(): Omit<FormStrings, KindStringKey> {
  return {
    loading: vscode.l10n.t('Loading the form…'),
    sectionPortal: vscode.l10n.t('Client portal'),
    sectionDetails: vscode.l10n.t('Details'),
    clientPlaceholder: vscode.l10n.t('Choose a client'),
    imageClear: vscode.l10n.t("Don't Upload"),
    imagePending: vscode.l10n.t('{0} will be uploaded when you save.'),
    imageHelp: vscode.l10n.t('JPEG, PNG or GIF, at most {0} MB.'),
    imageTooLarge: vscode.l10n.t('{0} is larger than {1} MB.'),
    imageType: vscode.l10n.t('{0} is not a JPEG, PNG or GIF image.'),
    id: vscode.l10n.t('ID'),
    createdOn: vscode.l10n.t('Created'),
    updatedOn: vscode.l10n.t('Last updated'),
    thumbLarge: vscode.l10n.t('Large thumbnail'),
    thumbMedium: vscode.l10n.t('Medium thumbnail'),
    thumbSmall: vscode.l10n.t('Small thumbnail'),
    save: vscode.l10n.t('Save'),
    saving: vscode.l10n.t('Saving…'),
    saved: vscode.l10n.t('Saved.'),
    discard: vscode.l10n.t('Discard Changes'),
    showLog: vscode.l10n.t('Show Log'),
    unsaved: vscode.l10n.t('Unsaved changes'),
    draftRestored: vscode.l10n.t('Your unsaved changes were restored.'),
    required: vscode.l10n.t('Required.'),
    emailInvalid: vscode.l10n.t('Enter an email address such as name@example.com.'),
    websiteInvalid: vscode.l10n.t('Enter a web address such as example.com.'),
    passwordRequired: vscode.l10n.t('Enter a password to give portal access.'),
    accessNeedsEmail: vscode.l10n.t('Portal access needs an email address: the contact signs in with it.'),
    fixErrors: vscode.l10n.t('Correct the marked fields, then save again.'),
    conflictText: vscode.l10n.t('Compare the changes, then choose what to keep. Nothing has been saved yet.'),
    conflictField: vscode.l10n.t('Field'),
    conflictLoaded: vscode.l10n.t('When you opened it'),
    conflictServer: vscode.l10n.t('In Paymo now'),
    conflictMine: vscode.l10n.t('Yours'),
    overwrite: vscode.l10n.t('Save Mine Over Theirs'),
    reload: vscode.l10n.t('Reload (Discard Mine)'),
    keepEditing: vscode.l10n.t('Keep Editing'),
    yes: vscode.l10n.t('Yes'),
    no: vscode.l10n.t('No'),
    empty: vscode.l10n.t('(empty)'),
    unknownClient: vscode.l10n.t('Client {0}'),
    newClient: vscode.l10n.t('New client…'),
  };
}

/** The words that differ between kinds: the contact's, then the client's, one line a string. */
export function kindStrings(name: FormKindName): Record<KindStringKey, string> {
  const c = name === 'contact';
  return {
    titleNew: c ? vscode.l10n.t('New contact') : vscode.l10n.t('New client'),
    sectionMain: c ? vscode.l10n.t('Contact') : vscode.l10n.t('Client'),
    sectionImage: c ? vscode.l10n.t('Profile image') : vscode.l10n.t('Logo'),
    imageChoose: c ? vscode.l10n.t('Choose Image…') : vscode.l10n.t('Choose Logo…'),
    imageReplace: c ? vscode.l10n.t('Replace Image…') : vscode.l10n.t('Replace Logo…'),
    imageNone: c ? vscode.l10n.t('No profile image.') : vscode.l10n.t('No logo.'),
    imageLost: c
      ? vscode.l10n.t('The image you chose ({0}) is not kept across a reload: choose it again.')
      : vscode.l10n.t('The logo you chose ({0}) is not kept across a reload: choose it again.'),
    create: c ? vscode.l10n.t('Create Contact') : vscode.l10n.t('Create Client'),
    created: c ? vscode.l10n.t('Contact created.') : vscode.l10n.t('Client created.'),
    conflictTitle: c
      ? vscode.l10n.t('This contact was changed in Paymo since you opened it.')
      : vscode.l10n.t('This client was changed in Paymo since you opened it.'),
    deletedTitle: c ? vscode.l10n.t('This contact was deleted in Paymo.') : vscode.l10n.t('This client was deleted in Paymo.'),
    deletedText: c
      ? vscode.l10n.t('Nothing was saved. What you typed is still here: you can save it as a new contact.')
      : vscode.l10n.t('Nothing was saved. What you typed is still here: you can save it as a new client.'),
    saveAsNew: c ? vscode.l10n.t('Save as New Contact') : vscode.l10n.t('Save as New Client'),
  };
}

/** Every field's label (and help), of both kinds: a field both have is labelled alike in both. */
export function fieldTexts(): Record<FormField, FieldText> {
  return {
    client_id: { label: vscode.l10n.t('Client') },
    name: { label: vscode.l10n.t('Name') },
    email: { label: vscode.l10n.t('Email') },
    mobile: { label: vscode.l10n.t('Mobile') },
    phone: { label: vscode.l10n.t('Phone') },
    fax: { label: vscode.l10n.t('Fax') },
    skype: { label: vscode.l10n.t('Skype') },
    position: { label: vscode.l10n.t('Position') },
    notes: { label: vscode.l10n.t('Notes') },
    website: { label: vscode.l10n.t('Website') },
    address: { label: vscode.l10n.t('Address') },
    city: { label: vscode.l10n.t('City') },
    postal_code: { label: vscode.l10n.t('Postal code') },
    state: { label: vscode.l10n.t('State') },
    country: { label: vscode.l10n.t('Country') },
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
    fiscal_information: { label: vscode.l10n.t('Fiscal information'), help: vscode.l10n.t('Such as the VAT number, shown on invoices.') },
  };
}
