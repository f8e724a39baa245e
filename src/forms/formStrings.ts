// The webview's words that every kind of form shares, translated on the host (the webview has no
// `vscode.l10n`); each kind adds its own (`FormKindHost.strings`) and its fields' labels. `{0}`
// marks a value the webview fills in.
import * as vscode from 'vscode';
import type { FormStrings } from '../shared/formMessages';
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
