// `npm run l10n`, after the English bundle is written: puts each translation's keys in the English
// order (strings move in l10n/bundle.l10n.json whenever code moves), so that a translation reads
// beside its English file line for line. Keys English does not have stay, last, for the test to name.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..');
const LANGUAGES = ['de', 'fr', 'es'];
const PAIRS = [
  ['l10n/bundle.l10n.json', (lang: string) => `l10n/bundle.l10n.${lang}.json`],
  ['package.nls.json', (lang: string) => `package.nls.${lang}.json`],
] as const;

const read = (file: string): Record<string, string> => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;

for (const [englishFile, translationFile] of PAIRS) {
  const english = Object.keys(read(englishFile));
  for (const lang of LANGUAGES) {
    const file = translationFile(lang);
    const translation = read(file);
    const ordered = Object.fromEntries(
      [...english.filter((k) => k in translation), ...Object.keys(translation).filter((k) => !english.includes(k))].map((k) => [k, translation[k]]),
    );
    writeFileSync(path.join(root, file), `${JSON.stringify(ordered, null, 2)}\n`);
  }
}
