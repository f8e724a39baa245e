// The translation bundle (l10n/bundle.l10n.json, which package.json's "l10n" points at) is what
// translators work from: it must list exactly the strings the extension passes to vscode.l10n.t.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { findFiles } from '../../harness/findFiles';
import { repoRoot } from '../../harness/paths';

const sources = () => findFiles(path.join(repoRoot, 'src'), '.ts').map((file) => ({ file, contents: fs.readFileSync(file, 'utf8') }));

describe('Translations', () => {
  it('the bundle lists every string given to vscode.l10n.t, and no other (npm run l10n writes it)', async function () {
    this.timeout(60_000);
    const exported = await getL10nJson(sources().map(({ file, contents }) => ({ extension: path.extname(file), contents })));
    const bundle: unknown = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), 'utf8'));
    assert.deepEqual(bundle, exported);
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  it('no string goes through an alias of vscode.l10n.t, which the export cannot see', () => {
    const aliased = sources().filter(({ contents }) => /=\s*vscode\.l10n\.t\b(?!\s*\()/.test(contents)).map(({ file }) => path.relative(repoRoot, file));
    assert.deepEqual(aliased, []);
  });
});
