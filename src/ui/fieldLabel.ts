// The names of Paymo's fields in the user's language, in one place: a contact's or a client's.
import * as vscode from 'vscode';
import type { PaymoCollection } from '../paymo';

/** A Paymo field's name as the user reads it: in a CSV column's mapping, in a change's old → new. */
export function fieldLabel(field: string, collection: PaymoCollection = 'clientcontacts'): string {
  switch (field) {
    case 'client_id':
      return vscode.l10n.t('Client');
    case 'name':
      return vscode.l10n.t('Name');
    case 'email':
      return vscode.l10n.t('Email');
    case 'phone':
      return vscode.l10n.t('Phone');
    case 'mobile':
      return vscode.l10n.t('Mobile');
    case 'fax':
      return vscode.l10n.t('Fax');
    case 'skype':
      return vscode.l10n.t('Skype');
    case 'notes':
      return vscode.l10n.t('Notes');
    case 'position':
      return vscode.l10n.t('Position');
    case 'is_main':
      return vscode.l10n.t('Main contact');
    case 'access':
      return vscode.l10n.t('Client portal');
    case 'image':
      return collection === 'clients' ? vscode.l10n.t('Logo') : vscode.l10n.t('Profile image');
    case 'active':
      return vscode.l10n.t('Status');
    case 'address':
      return vscode.l10n.t('Address');
    case 'city':
      return vscode.l10n.t('City');
    case 'state':
      return vscode.l10n.t('State');
    case 'postal_code':
      return vscode.l10n.t('Postal code');
    case 'country':
      return vscode.l10n.t('Country');
    case 'website':
      return vscode.l10n.t('Website');
    case 'fiscal_information':
      return vscode.l10n.t('Fiscal information');
    default:
      return field;
  }
}
