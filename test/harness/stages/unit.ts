import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFiles } from '../findFiles';
import { runMochaFiles } from '../mochaRun';
import { outDir, repoRoot } from '../paths';
import { runStage } from '../stage';

// Unit suites: mocha in plain Node over the compiled out/test/unit, with the options of
// .mocharc.unit.json (which `mocha --config .mocharc.unit.json` uses too).
runStage('unit', () => {
  const { spec: _spec, ...options } = JSON.parse(fs.readFileSync(path.join(repoRoot, '.mocharc.unit.json'), 'utf8')) as Record<string, unknown>;
  return runMochaFiles(findFiles(path.join(outDir, 'test', 'unit'), '.test.js'), options);
});
