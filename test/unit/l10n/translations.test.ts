// The German, French and Spanish translations against the English files they translate: the manifest's
// (package.nls.json → package.nls.LANG.json) and the code's (l10n/bundle.l10n.json → bundle.l10n.LANG.json).
// A string added in English and not translated, a key English no longer has, or a placeholder lost in
// translation fails here, naming the language, the file and the string.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../harness/paths';

const LANGUAGES = ['de', 'fr', 'es'] as const;
type Language = (typeof LANGUAGES)[number];

const FILES = [
  { english: 'package.nls.json', translated: (lang: Language) => `package.nls.${lang}.json` },
  { english: path.join('l10n', 'bundle.l10n.json'), translated: (lang: Language) => path.join('l10n', `bundle.l10n.${lang}.json`) },
];

/**
 * English strings a translation may keep as they are: names of products and formats, and words that are
 * the same in that language. Anything else left in English is a string someone forgot to translate.
 */
const SAME_IN_EVERY_LANGUAGE = ['Paymo', 'Paymo Contacts', 'Markdown', 'vCard', 'CSV', 'vCard (.vcf)', 'CSV (.csv)', 'Skype', 'Fax', 'Web'];
const SAME_IN: Record<Language, string[]> = {
  de: ['ID', 'Name', 'Position', 'Status', 'Server', 'Website', 'Details', 'In Paymo', 'Logo', '{0}: {1} → {2}'],
  fr: [
    'ID',
    'Client',
    'Clients',
    'Contact',
    'Contacts',
    '{0} contact',
    '{0} contacts',
    '{0} client',
    '{0} clients',
    'contact {0}',
    'Client {0}',
    'client {0}',
    'Mobile',
    'Notes',
    'Photo',
    'Logo',
  ],
  es: ['No', 'portal', '{0}: {1} → {2}'],
};

type Strings = Record<string, string>;

function read(file: string): Strings {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as Strings;
}

/**
 * What a translation must carry over unchanged, sorted: the `{0}` placeholders, `%name%` references,
 * codicons `$(name)` and the targets of Markdown links (`](command:…)`).
 */
function tokens(text: string): string[] {
  const patterns = [/\{\d+\}/g, /%[\w.-]+%/g, /\$\([\w~-]+\)/g, /\]\([^)\s]+\)/g];
  return patterns.flatMap((pattern) => text.match(pattern) ?? []).sort();
}

describe('Translations into German, French and Spanish', () => {
  for (const lang of LANGUAGES) {
    for (const { english, translated } of FILES) {
      const file = translated(lang);

      describe(file, () => {
        const source = read(english);
        const translation = fs.existsSync(path.join(repoRoot, file)) ? read(file) : undefined;

        it(`exists and has every key of ${english}, no other, in the same order`, () => {
          assert.ok(translation, `${file} is missing`);
          const missing = Object.keys(source).filter((key) => !(key in translation));
          const extra = Object.keys(translation).filter((key) => !(key in source));
          assert.deepEqual(missing, [], `${file} lacks these strings of ${english}`);
          assert.deepEqual(extra, [], `${file} has strings ${english} no longer has`);
          assert.deepEqual(Object.keys(translation), Object.keys(source), `${file} lists its strings in another order than ${english}`);
        });

        it('keeps every placeholder, setting reference, icon and command link of the English text', () => {
          const differing = Object.keys(source)
            .filter((key) => translation && key in translation)
            .filter((key) => tokens(source[key]!).join(' ') !== tokens(translation![key]!).join(' '))
            .map((key) => `${key}: ${tokens(source[key]!).join(' ')} ≠ ${tokens(translation![key]!).join(' ')}`);
          assert.deepEqual(differing, []);
        });

        it('translates every string (only the allowed names stay in English) and leaves none empty', () => {
          const allowed = new Set([...SAME_IN_EVERY_LANGUAGE, ...SAME_IN[lang]]);
          const untranslated = Object.keys(source).filter((key) => translation?.[key] === source[key] && !allowed.has(source[key]!));
          const empty = Object.keys(source).filter((key) => translation?.[key]?.trim() === '');
          assert.deepEqual(untranslated, [], `${file} leaves these in English`);
          assert.deepEqual(empty, [], `${file} leaves these empty`);
        });
      });
    }
  }

  it('the allow-list names only strings that exist in English, so it cannot hide a forgotten translation', () => {
    const english = new Set(FILES.flatMap(({ english: file }) => Object.values(read(file))));
    const stale = [...SAME_IN_EVERY_LANGUAGE, ...Object.values(SAME_IN).flat()].filter((text) => !english.has(text));
    assert.deepEqual(stale, []);
  });
});
