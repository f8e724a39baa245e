// Bundles the extension (Node, CommonJS) and the webview front ends (browser, IIFE) into dist/.
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// undici is most of the extension's code and is needed only once a request is made: the extension
// bundle requires it as a file of its own (src/paymo/undici.ts loads it on the first request), so
// that activation neither reads nor compiles it. Import and export likewise: their code on the first
// use (src/interchange/load.ts), and the vCard and CSV libraries each when first needed
// (src/interchange/libraries.ts).
const APART = { undici: './undici.js', 'ical.js': './ical.js', papaparse: './papaparse.js' };
const EXTENSION_ENTRY = path.join(__dirname, 'src', 'extension.ts');
// The import worker (dist/importWorker.js, a thread started when an import reads its file) uses the
// same dist/interchange.js as the extension rather than a second copy of it.
const INTERCHANGE_USERS = [path.join(__dirname, 'src', 'interchange', 'load.ts'), path.join(__dirname, 'src', 'interchange', 'importWorker.ts')];
const librariesApart = {
  name: 'libraries-apart',
  setup(build) {
    // The test API: required only in test mode, from a bundle of its own that the .vsix leaves out.
    build.onResolve({ filter: /^\.\/testApi$/ }, (args) => (args.importer === EXTENSION_ENTRY ? { path: './testApi.js', external: true } : undefined));
    build.onResolve({ filter: /^(undici|ical\.js|papaparse)$/ }, (args) => ({ path: APART[args.path], external: true }));
    build.onResolve({ filter: /^\.\/index$/ }, (args) =>
      INTERCHANGE_USERS.includes(args.importer) ? { path: './interchange.js', external: true } : undefined,
    );
  },
};
/** A library's own file: CommonJS for Node, each on its own. */
const apart = (name, source) => ({
  entryPoints: { [name]: path.relative(__dirname, source) },
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
});

const entries = [
  {
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [librariesApart],
  },
  // What extension-host tests get from `activate()` (src/testApi.ts); .vscodeignore leaves it out.
  { ...apart('testApi', path.join(__dirname, 'src', 'testApi.ts')), external: ['vscode'] },
  apart('undici', require.resolve('undici')),
  { ...apart('interchange', path.join(__dirname, 'src', 'interchange', 'index.ts')), plugins: [librariesApart] },
  { ...apart('importWorker', path.join(__dirname, 'src', 'interchange', 'importWorker.ts')), plugins: [librariesApart] },
  // ical.js's modern build (its ES5 CommonJS one is larger); as CommonJS it exports `default`.
  apart('ical', path.join(path.dirname(require.resolve('ical.js')), 'ical.js')),
  apart('papaparse', require.resolve('papaparse')),
  {
    entryPoints: { form: 'media/form/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: 'media/tsconfig.json',
  },
  {
    entryPoints: { importPreview: 'media/importPreview/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: 'media/tsconfig.json',
  },
];

// Prints errors in the shape of VS Code's `$esbuild-watch` problem matcher, so that a watch task
// in the editor shows them in the Problems view.
const problemMatcher = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) {
          console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      console.log('[watch] build finished');
    });
  },
};

async function main() {
  if (production) {
    // A release build starts clean, so that no stale bundle or source map is packaged.
    fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  }
  const contexts = [];
  for (const entry of entries) {
    const source = Object.values(entry.entryPoints)[0];
    if (!fs.existsSync(path.join(__dirname, source))) {
      console.log(`[build] skipped ${source}: it does not exist yet`);
      continue;
    }
    if (entry.tsconfig && !fs.existsSync(path.join(__dirname, entry.tsconfig))) {
      delete entry.tsconfig;
    }
    contexts.push(
      await esbuild.context({
        ...entry,
        bundle: true,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'silent',
        plugins: [...(entry.plugins ?? []), problemMatcher],
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (results.some((result) => result.status === 'rejected')) {
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
