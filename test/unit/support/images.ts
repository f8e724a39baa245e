// Real image files for tests, made by sharp (the same library the sandbox uses to read them).
import sharp from 'sharp';

export type TestImageFormat = 'jpeg' | 'png' | 'gif';

export async function makeImage(format: TestImageFormat, size = 16): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .toFormat(format)
    .toBuffer();
}

/** The start of a real PDF: what a user gets when they pick the wrong file. */
export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
