// The read-only part of a record (contact or client): its id, when it was created and last updated, and the
// thumbnails the server made of its image. Shown, never editable.
import type { FormRecord, FormStrings } from '../../src/webviewContract/formMessages';
import { formatDateTime } from '../../src/webviewContract/localeFormat';
import { h } from './dom';

export class DetailsSection {
  readonly root = h('div', { className: 'details' });

  constructor(
    private readonly strings: FormStrings,
    private readonly locale: string,
  ) {}

  show(contact: FormRecord | null): void {
    if (!contact) {
      this.root.replaceChildren();
      return;
    }
    const s = this.strings;
    const thumbs = (
      [
        ['image_thumb_large', s.thumbLarge],
        ['image_thumb_medium', s.thumbMedium],
        ['image_thumb_small', s.thumbSmall],
      ] as const
    )
      .filter(([key]) => contact[key])
      .map(([key, label]) => h('figure', { className: 'thumb' }, h('img', { src: contact[key]!, alt: label }), h('figcaption', {}, label)));
    this.root.replaceChildren(
      h(
        'div',
        { className: 'columns' },
        this.readonly('id', s.id, String(contact.id)),
        this.readonly('created_on', s.createdOn, this.date(contact.created_on)),
        this.readonly('updated_on', s.updatedOn, this.date(contact.updated_on)),
      ),
      ...(thumbs.length ? [h('div', { className: 'thumbs' }, ...thumbs)] : []),
    );
  }

  private readonly(id: string, label: string, value: string): HTMLElement {
    return h(
      'vscode-form-group',
      { variant: 'vertical', className: 'field' },
      h('vscode-label', { htmlFor: `detail-${id}` }, label),
      h('vscode-textfield', { id: `detail-${id}`, readonly: true, value }),
    );
  }

  private date(iso: string): string {
    return formatDateTime(this.locale, iso);
  }
}
