import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every file under `root` whose name ends with `suffix`, sorted, as absolute paths (none when `root` is missing). */
export function findFiles(root: string, suffix: string): string[] {
  if (!fs.existsSync(root)) {
    return [];
  }
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => path.join(root, file))
    .sort();
}
