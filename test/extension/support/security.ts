// The security suite's scanners: which of the journey's secrets (or an Authorization header) a text
// holds, every file under a folder, and a page's Content-Security-Policy by directive.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The secrets a journey used, and the header values made from them. */
export class Secrets {
  private readonly values = new Set<string>();

  add(...secrets: string[]): void {
    for (const secret of secrets) this.values.add(secret);
  }

  /** Adds the Basic header value HTTP Basic would carry for this user and password. */
  addBasic(user: string, password: string): void {
    this.values.add(Buffer.from(`${user}:${password}`).toString('base64'));
  }

  /** What `text` gives away: a secret (named by its first characters only) or an Authorization header. */
  foundIn(text: string): string[] {
    const found = [...this.values].filter((s) => text.includes(s)).map((s) => `${s.slice(0, 3)}…`);
    if (/Authorization"?\s*[:=]\s*"?Basic\s+(?!\[redacted\])/i.test(text)) found.push('an Authorization header');
    return found;
  }
}

/** Every regular file under `dir` (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files of `files` that give a secret away, with what they give away. */
export function leaks(secrets: Secrets, files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const found = secrets.foundIn(fs.readFileSync(file).toString('latin1'));
    return found.length ? [`${file}: ${found.join(', ')}`] : [];
  });
}

/** The page's CSP, directive name → sources. */
export function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error('The page has no Content-Security-Policy');
  const text = meta[1]!
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return new Map(
    text
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name!.toLowerCase(), sources];
      }),
  );
}

/** What the "Paymo" log channel has written so far (its files in the extension's log folder). */
export function paymoLog(api: { storage: { logUri: { fsPath: string } } }): string {
  return filesUnder(api.storage.logUri.fsPath)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}
