// Lint: typescript-eslint's recommended rules, kept modest, plus the layer table of
// docs/ARCHITECTURE.md as import restrictions per folder, so that a layer crossed fails `npm test`
// instead of waiting for a review. Relative import paths are matched, so each rule names the folder
// it applies to.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const RULE = '@typescript-eslint/no-restricted-imports';

const noVscode = { name: 'vscode', message: 'This layer runs in plain Node: no `vscode` here (docs/ARCHITECTURE.md, layers).' };

/** `src/paymo` from outside it: through its index only, so that its files can move behind it. */
const paymoIndexOnly = (up) => ({
  regex: `^${up}paymo/`,
  message: 'Import src/paymo through its index (`paymo`), not a file behind it; export what you need from src/paymo/index.ts.',
});

/** Only these packages (besides relative paths): the folder's dependencies as docs/ARCHITECTURE.md lists them. */
const onlyPackages = (folder, packages) => ({
  regex: `^(?![./]|node:|(${packages.map((p) => p.replace(/[.]/g, '\\.')).join('|')})(/|$))`,
  message: `${folder} uses only node: and ${packages.join(', ')} (docs/ARCHITECTURE.md, layers); a new dependency is added there first.`,
});

/** `src/services.ts` is imported by every layer: as types only, so that it never closes a loop between them. */
const servicesAsType = (up) => ({
  regex: `^${up}services$`,
  allowTypeImports: true,
  message: 'Import src/services.ts with `import type` only: it holds the shared types, and values live in their layer (withAccount: src/accounts).',
});

/** The extension's faces, lowest first: a folder imports only those before it (and `services` as a type). */
const FACES = ['auth', 'ui', 'tree', 'accounts', 'commands', 'forms', 'importExport'];

function faceRules(face) {
  const above = FACES.slice(FACES.indexOf(face) + 1);
  const patterns = [paymoIndexOnly('(\\.\\./)+'), servicesAsType('(\\.\\./)+')];
  if (above.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
      message: `src/${face} must not reach up into ${above.map((f) => `src/${f}`).join(', ')} (docs/ARCHITECTURE.md, layers).`,
    });
  }
  patterns.push({ regex: '^(\\.\\./)+(extension|testApi)$', message: 'Nothing imports the entry point or the test API.' });
  return { files: [`src/${face}/**/*.ts`], rules: { [RULE]: ['error', { patterns }] } };
}

export default defineConfig(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', '.test-run/**', 'test-results/**', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters report these already; `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The extension loads undici lazily with a deferred `require` (src/paymo/undici.ts).
      '@typescript-eslint/no-require-imports': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },

  // The layers (docs/ARCHITECTURE.md, "Layers and folders").
  {
    files: ['src/paymo/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          paths: [noVscode],
          patterns: [
            { regex: '^\\.\\./', message: 'src/paymo imports nothing of the extension (docs/ARCHITECTURE.md, layers).' },
            onlyPackages('src/paymo', ['undici', 'valibot']),
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          paths: [noVscode],
          patterns: [
            { regex: '^\\.\\./(?!paymo$)', message: 'src/store imports only src/paymo, through its index (docs/ARCHITECTURE.md, layers).' },
            onlyPackages('src/store', ['valibot']),
          ],
        },
      ],
    },
  },
  {
    // Reading and writing address-book files: plain Node, loaded on first use (dist/interchange.js).
    files: ['src/interchange/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          paths: [noVscode],
          patterns: [
            { regex: '^\\.\\./(?!paymo$)', message: 'src/interchange imports only src/paymo, through its index (docs/ARCHITECTURE.md, layers).' },
            onlyPackages('src/interchange', ['ical.js', 'papaparse']),
          ],
        },
      ],
    },
  },
  {
    files: ['src/webviewContract/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          paths: [noVscode],
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./paymo/model$|\\.\\./interchange/duplicateChoice$)',
              message:
                'src/webviewContract is compiled into the webview too: it imports nothing at run time but its own folder (docs/ARCHITECTURE.md, layers).',
            },
            { regex: '^\\.\\./paymo/model$', allowTypeImports: true, message: 'src/webviewContract may import the Paymo model as types only (`import type`).' },
            {
              regex: '^\\.\\./interchange/duplicateChoice$',
              allowTypeImports: true,
              message: "src/webviewContract may import the import engine's DuplicateChoice as a type only (`import type`).",
            },
          ],
        },
      ],
    },
  },
  ...FACES.map(faceRules),
  {
    files: ['src/*.ts'],
    rules: { [RULE]: ['error', { patterns: [paymoIndexOnly('\\./'), servicesAsType('\\./')] }] },
  },
  {
    // The shared types: everything it names comes as a type, so that importing it loads nothing.
    files: ['src/services.ts'],
    rules: { [RULE]: ['error', { patterns: [{ regex: '.', allowTypeImports: true, message: 'src/services.ts holds types only: `import type`.' }] }] },
  },
  {
    files: ['media/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./webviewPage\\.css$|\\.\\./\\.\\./src/webviewContract/|@vscode-elements/elements/)',
              message:
                'The webview imports only src/webviewContract, its own folder, the shared media/webviewPage.css and @vscode-elements (docs/ARCHITECTURE.md, layers).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sandbox/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          paths: [noVscode],
          patterns: [
            { regex: '^(\\.\\./)+src/', message: 'The sandbox is a program of its own: it shares no code with the extension.' },
            onlyPackages('sandbox/', ['better-sqlite3', 'sharp', 'busboy']),
          ],
        },
      ],
    },
  },
  {
    files: ['test/unit/**/*.ts', 'test/support/**/*.ts', 'bench/**/*.ts'],
    rules: { [RULE]: ['error', { paths: [noVscode] }] },
  },
);
