// Profile images are checked by their bytes before upload, so that a renamed PDF or a half-downloaded
// PNG is refused with a message the user understands instead of a server error. The extension and the
// forms call this too.
import { PaymoInvalidInputError } from './errors';
import type { ImageFormat, OtherFileKind } from './inputProblems';

/** Largest image the API client uploads. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ImageMime = 'image/jpeg' | 'image/png' | 'image/gif';

interface Format {
  mime: ImageMime;
  label: ImageFormat;
  starts: (b: Uint8Array) => boolean;
  complete: (b: Uint8Array) => boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The IEND chunk is always the same 12 bytes: length 0, type, CRC. */
const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const FORMATS: readonly Format[] = [
  {
    mime: 'image/jpeg',
    label: 'JPEG',
    starts: (b) => hasAt(b, 0, [0xff, 0xd8, 0xff]),
    complete: (b) => hasAt(b, b.length - 2, [0xff, 0xd9]),
  },
  {
    mime: 'image/png',
    label: 'PNG',
    starts: (b) => hasAt(b, 0, PNG_SIGNATURE),
    // The first chunk must be a 13-byte IHDR (image size and colour type).
    complete: (b) => hasAt(b, 8, [0x00, 0x00, 0x00, 0x0d, ...ascii('IHDR')]) && hasAt(b, b.length - PNG_IEND.length, PNG_IEND),
  },
  {
    mime: 'image/gif',
    label: 'GIF',
    starts: (b) => hasAt(b, 0, ascii('GIF87a')) || hasAt(b, 0, ascii('GIF89a')),
    complete: (b) => b.length > 13 && b[b.length - 1] === 0x3b,
  },
];

/** Formats people pick by mistake, named so that the message can say what the file is. */
const OTHER_FORMATS: readonly { kind: OtherFileKind; starts: (b: Uint8Array) => boolean }[] = [
  { kind: 'pdf', starts: (b) => hasAt(b, 0, ascii('%PDF-')) },
  { kind: 'webp', starts: (b) => hasAt(b, 0, ascii('RIFF')) && hasAt(b, 8, ascii('WEBP')) },
  { kind: 'heicAvif', starts: (b) => hasAt(b, 4, ascii('ftyp')) },
  { kind: 'bmp', starts: (b) => hasAt(b, 0, ascii('BM')) },
  { kind: 'tiff', starts: (b) => hasAt(b, 0, [0x49, 0x49, 0x2a, 0x00]) || hasAt(b, 0, [0x4d, 0x4d, 0x00, 0x2a]) },
  { kind: 'zip', starts: (b) => hasAt(b, 0, [0x50, 0x4b, 0x03, 0x04]) },
  { kind: 'text', starts: (b) => /^\s*</.test(Buffer.from(b.subarray(0, 64)).toString('latin1')) },
];

/** Returns the MIME type to upload with, or throws `PaymoInvalidInputError` saying what is wrong with the file. */
export function checkImage(bytes: Uint8Array, fileName: string): { mime: ImageMime } {
  if (bytes.length === 0) throw new PaymoInvalidInputError({ kind: 'emptyImage', fileName });
  checkImageSize(bytes.length, fileName);
  const format = FORMATS.find((f) => f.starts(bytes));
  if (!format) {
    const other = OTHER_FORMATS.find((f) => f.starts(bytes));
    throw new PaymoInvalidInputError({ kind: 'notImage', fileName, ...(other ? { actually: other.kind } : {}) });
  }
  if (!format.complete(bytes)) {
    throw new PaymoInvalidInputError({ kind: 'damagedImage', fileName, format: format.label });
  }
  return { mime: format.mime };
}

/** Throws `PaymoInvalidInputError` when an image of this many bytes is larger than the API client uploads. */
export function checkImageSize(byteLength: number, fileName: string): void {
  if (byteLength > MAX_IMAGE_BYTES) {
    throw new PaymoInvalidInputError({ kind: 'imageTooLarge', fileName, megabytes: mebibytes(byteLength), maxMegabytes: mebibytes(MAX_IMAGE_BYTES) });
  }
}

function hasAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (offset < 0 || offset + expected.length > bytes.length) return false;
  return expected.every((value, i) => bytes[offset + i] === value);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Rounded up, so that a file just over the limit never reads as the limit itself ("5.0 MB; at most 5.0 MB"). */
function mebibytes(size: number): string {
  return (Math.ceil((size / (1024 * 1024)) * 10) / 10).toFixed(1);
}
