import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { HttpError, badRequest } from './httpError';

// Request bodies: JSON (what clients should send), form-urlencoded, and multipart/form-data
// (the image upload: file field `image`, the other fields as text parts). The raw bytes are
// read first, whole, so that a delayed or dropped request behaves the same whatever its body.

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_BODY_BYTES = MAX_IMAGE_BYTES + 1024 * 1024;

export interface UploadedFile {
  bytes: Buffer;
  fileName: string;
  /** Busboy's limit was hit: the file is larger than MAX_IMAGE_BYTES. */
  truncated: boolean;
}

export interface ParsedBody {
  /** JSON values as sent; form and multipart values as strings (coerced per field later). */
  fields: Record<string, unknown>;
  image?: UploadedFile;
}

const tooLarge = () => new HttpError(413, `Request body too large (the limit is ${MAX_BODY_BYTES / 1024 / 1024} MiB)`);

export function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function parseJson(raw: Buffer): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw badRequest(`Invalid JSON body: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The JSON body must be an object');
  }
  return { fields: value as Record<string, unknown> };
}

function parseMultipart(raw: Buffer, headers: IncomingMessage['headers']): Promise<ParsedBody> {
  return new Promise((resolve, reject) => {
    const body: ParsedBody = { fields: {} };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, limits: { fileSize: MAX_IMAGE_BYTES, files: 1 } });
    } catch (e) {
      reject(badRequest(`Invalid multipart body: ${(e as Error).message}`));
      return;
    }
    parser.on('field', (name, value) => (body.fields[name] = value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const file = { bytes: Buffer.concat(chunks), fileName: info.filename ?? '', truncated: stream.truncated === true };
        if (name === 'image') {
          body.image = file;
        } else {
          body.fields[name] = file;
        }
      });
    });
    parser.on('filesLimit', () => reject(badRequest('Only one file (field "image") may be uploaded', 'image')));
    parser.on('error', (e: Error) => reject(badRequest(`Invalid multipart body: ${e.message}`)));
    parser.on('close', () => resolve(body));
    Readable.from([raw]).pipe(parser);
  });
}

export async function parseBody(raw: Buffer, headers: IncomingMessage['headers']): Promise<ParsedBody> {
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (raw.length === 0 && type !== 'multipart/form-data') {
    return { fields: {} };
  }
  switch (type) {
    case 'application/json':
      return parseJson(raw);
    case 'application/x-www-form-urlencoded':
      return { fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) };
    case 'multipart/form-data':
      return parseMultipart(raw, headers);
    default:
      throw new HttpError(
        415,
        `Unsupported Content-Type "${type || '(none)'}": send application/json, application/x-www-form-urlencoded or multipart/form-data`,
      );
  }
}
