// A contact's read-only details as Markdown: the tree tooltip's fields (every value escaped there, so
// a name like `<img onerror=…>` or `**boss**` shows as typed), with the profile image above them.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import { contactDetailsMarkdown } from '../tree/contactNode';
import { escapeMarkdown } from '../ui/textEscaping';

export function contactMarkdown(contact: ClientContact, clientName: string): string {
  const image = imageMarkdown(contact);
  return `${[...(image ? [image] : []), contactDetailsMarkdown(contact, clientName).value].join('\n\n')}\n`;
}

function imageMarkdown(contact: ClientContact): string | undefined {
  const url = contact.image_thumb_large ?? contact.image;
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  // Only characters that would end the link destination are encoded; the rest of the URL stays as the server sent it.
  const destination = url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
  return `![${escapeMarkdown(vscode.l10n.t('Image of {0}', contact.name))}](${destination})`;
}
