import * as fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as path from 'node:path';

// Uploaded images live under DATA/assets/<resource>/<id>/<name>.<ext>, with thumbnails beside
// them as <name>_large|_medium|_small.<ext>. The database keeps only the original's relative path;
// URLs are made absolute at answer time because the port changes between runs.

export const THUMB_SIZES = { large: 200, medium: 100, small: 50 } as const;
export type ThumbName = keyof typeof THUMB_SIZES;

export interface ImageUrls {
  image: string | null;
  image_thumb_large: string | null;
  image_thumb_medium: string | null;
  image_thumb_small: string | null;
}

export function thumbPath(relPath: string, thumb: ThumbName): string {
  const ext = path.posix.extname(relPath);
  return `${relPath.slice(0, -ext.length)}_${thumb}${ext}`;
}

export function imageUrls(origin: string, relPath: string | null): ImageUrls {
  const url = (p: string) => `${origin}/assets/${p}`;
  return {
    image: relPath ? url(relPath) : null,
    image_thumb_large: relPath ? url(thumbPath(relPath, 'large')) : null,
    image_thumb_medium: relPath ? url(thumbPath(relPath, 'medium')) : null,
    image_thumb_small: relPath ? url(thumbPath(relPath, 'small')) : null,
  };
}

const CONTENT_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif' };

/** Serves `/assets/...` without credentials, like Paymo's asset URLs. */
export function serveAsset(assetsDir: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  let rel: string | undefined;
  try {
    rel = decodeURIComponent(pathname.slice('/assets/'.length));
  } catch {
    rel = undefined; // a malformed escape such as %E0 names no file
  }
  const file = path.resolve(assetsDir, rel ?? '');
  const type = CONTENT_TYPES[path.extname(file)];
  if (rel === undefined || !file.startsWith(assetsDir + path.sep) || !type || !fs.existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const bytes = fs.readFileSync(file);
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(bytes.length), 'Cache-Control': 'max-age=3600' });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
