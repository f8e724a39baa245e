import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import sharp from 'sharp';
import { THUMB_SIZES, thumbPath, type ThumbName } from './assets';
import { MAX_IMAGE_BYTES, type UploadedFile } from './bodies';
import { HttpError, badRequest } from './httpError';

// An upload is judged by its bytes, not its name or declared type: sharp must recognise it as
// JPEG, PNG or GIF and decode it whole (that is what catches truncated files). The original is
// kept as sent; the thumbnails are square crops in the same format.

const EXTENSIONS = { jpeg: '.jpg', png: '.png', gif: '.gif' } as const;
type Format = keyof typeof EXTENSIONS;

export interface PreparedImage {
  ext: string;
  original: Buffer;
  thumbs: Record<ThumbName, Buffer>;
}

const refuse = (message: string) => badRequest(message, 'image');

export async function prepareImage(file: UploadedFile): Promise<PreparedImage> {
  if (file.truncated || file.bytes.length > MAX_IMAGE_BYTES) {
    throw new HttpError(413, `The image is too large: the limit is ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`, 'image');
  }
  if (file.bytes.length === 0) {
    throw refuse('The image file is empty');
  }
  let format: string | undefined;
  try {
    format = (await sharp(file.bytes).metadata()).format;
  } catch {
    throw refuse('The file is not an image: only JPEG, PNG and GIF images are accepted');
  }
  if (!format || !(format in EXTENSIONS)) {
    throw refuse(`Unsupported image format${format ? ` (${format})` : ''}: only JPEG, PNG and GIF images are accepted`);
  }
  try {
    const entries = await Promise.all(
      (Object.entries(THUMB_SIZES) as [ThumbName, number][]).map(async ([name, size]) => {
        const thumb = await sharp(file.bytes, { failOn: 'truncated' })
          .resize(size, size, { fit: 'cover' })
          .toFormat(format as Format)
          .toBuffer();
        return [name, thumb] as const;
      }),
    );
    return { ext: EXTENSIONS[format as Format], original: file.bytes, thumbs: Object.fromEntries(entries) as Record<ThumbName, Buffer> };
  } catch {
    throw refuse(`The image could not be read: the ${format.toUpperCase()} file is damaged or incomplete`);
  }
}

/** Writes the image and its thumbnails under assets/<resource>/<id>/ and returns the original's relative path. */
export function writeImage(assetsDir: string, resource: string, id: number, image: PreparedImage): string {
  const relPath = `${resource}/${id}/${randomBytes(16).toString('hex')}${image.ext}`;
  fs.mkdirSync(path.join(assetsDir, resource, String(id)), { recursive: true });
  fs.writeFileSync(path.join(assetsDir, relPath), image.original);
  for (const [name, bytes] of Object.entries(image.thumbs)) {
    fs.writeFileSync(path.join(assetsDir, thumbPath(relPath, name as ThumbName)), bytes);
  }
  return relPath;
}

export function deleteImage(assetsDir: string, relPath: string | null): void {
  if (!relPath) {
    return;
  }
  for (const p of [relPath, ...Object.keys(THUMB_SIZES).map((t) => thumbPath(relPath, t as ThumbName))]) {
    fs.rmSync(path.join(assetsDir, p), { force: true });
  }
}

/** Removes every image stored for one object (used when the object is deleted). */
export function deleteImagesOf(assetsDir: string, resource: string, id: number): void {
  fs.rmSync(path.join(assetsDir, resource, String(id)), { recursive: true, force: true });
}
