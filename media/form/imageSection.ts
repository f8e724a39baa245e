// The record's image (a contact's picture, a client's logo): the server's image (or "none"), a file chosen to upload on save, and the
// choose/replace button. The file's bytes go to the host once, to be checked and kept there;
// the page keeps only a preview, never in its saved state.
import type { FormRecord, FormStrings } from '../../src/webviewContract/formMessages';
import { fmt, h } from './dom';

const TYPES = ['image/jpeg', 'image/png', 'image/gif'];

export interface ImageChoice {
  fileName: string;
  bytes: Uint8Array;
}

export class ImageSection {
  readonly root: HTMLElement;
  private readonly image = h('img', { className: 'avatar', alt: '', hidden: true });
  private readonly none = h('p', { className: 'muted' });
  private readonly input = h('input', { type: 'file', accept: TYPES.join(','), hidden: true, id: 'field-image' });
  private readonly choose = h('vscode-button', { secondary: true, id: 'choose-image' });
  private readonly clear = h('vscode-button', { secondary: true, hidden: true, id: 'clear-image' });
  private readonly helper = h('vscode-form-helper', { id: 'help-image' });
  private preview: string | undefined;
  private readOnly = false;

  constructor(
    private readonly strings: FormStrings,
    private readonly maxBytes: number,
    onChoose: (choice: ImageChoice) => void,
    onClear: () => void,
  ) {
    this.clear.textContent = strings.imageClear;
    this.choose.addEventListener('click', () => this.input.click());
    this.clear.addEventListener('click', () => {
      this.preview = undefined;
      onClear();
    });
    this.input.addEventListener('change', () => void this.picked(onChoose));
    this.root = h(
      'div',
      { className: 'image-row' },
      h('div', { className: 'avatar-frame' }, this.image, this.none),
      h('div', { className: 'image-actions' }, h('div', { className: 'buttons' }, this.choose, this.clear), this.helper),
      this.input,
    );
  }

  /** `imageName`: a file chosen and not yet uploaded. */
  show(base: FormRecord | null, imageName: string | undefined): void {
    const server = base?.image_thumb_large ?? base?.image ?? undefined;
    const src = imageName ? this.preview : server;
    this.image.hidden = !src;
    if (src) this.image.src = src;
    else this.image.removeAttribute('src');
    this.none.textContent = this.strings.imageNone;
    this.none.hidden = Boolean(src);
    this.choose.textContent = server || imageName ? this.strings.imageReplace : this.strings.imageChoose;
    this.choose.hidden = this.readOnly;
    this.clear.hidden = !imageName || this.readOnly;
    this.helper.hidden = this.readOnly;
    this.setMessage(imageName ? fmt(this.strings.imagePending, imageName) : undefined);
  }

  setMessage(text: string | undefined, error = false): void {
    this.helper.textContent = text ?? fmt(this.strings.imageHelp, Math.round(this.maxBytes / 1024 / 1024));
    this.helper.classList.toggle('error', error);
  }

  /** The image is shown; nothing can be chosen or cleared. */
  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    this.choose.hidden = readOnly;
    this.clear.hidden ||= readOnly;
    this.helper.hidden = readOnly;
  }

  setDisabled(disabled: boolean): void {
    this.choose.disabled = disabled;
    this.clear.disabled = disabled;
  }

  private async picked(onChoose: (choice: ImageChoice) => void): Promise<void> {
    const file = this.input.files?.[0];
    this.input.value = '';
    if (!file) return;
    // Refused here without reading a huge or obviously wrong file; the host checks the bytes.
    if (file.size > this.maxBytes) {
      this.setMessage(fmt(this.strings.imageTooLarge, file.name, Math.round(this.maxBytes / 1024 / 1024)), true);
      return;
    }
    if (file.type && !TYPES.includes(file.type)) {
      this.setMessage(fmt(this.strings.imageType, file.name), true);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.preview = await dataUrl(file);
    onChoose({ fileName: file.name, bytes });
  }
}

function dataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
