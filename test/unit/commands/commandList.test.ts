// Every command package.json contributes is registered by exactly one of the tables that
// src/commandList.ts lists, and every command of those tables is contributed. The tables are read
// from the source (they need VS Code to run): each is a function returning an object literal keyed
// by command id.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { findFiles } from '../../harness/findFiles';
import { repoRoot } from '../../harness/paths';

const src = path.join(repoRoot, 'src');

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** `./commands` from src/commandList.ts → src/commands/index.ts. */
function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const file = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
  assert.ok(file, `${specifier} resolves to a file`);
  return file;
}

/** The table functions src/commandList.ts registers, each with the file it comes from. */
function listedTables(): { name: string; file: string }[] {
  const listFile = path.join(src, 'commandList.ts');
  const list = parse(listFile);
  const imports = new Map<string, string>();
  const calls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imports.set(element.name.text, resolveModule(listFile, node.moduleSpecifier.text));
      }
    }
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'tables' && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
      for (const element of node.initializer.elements) {
        assert.ok(ts.isCallExpression(element) && ts.isIdentifier(element.expression), `a table is a call: ${element.getText()}`);
        calls.push(element.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(list);
  assert.ok(calls.length > 0, 'src/commandList.ts lists its tables in `const tables = [...]`');
  return calls.map((name) => ({ name, file: imports.get(name) ?? assert.fail(`${name} is imported in src/commandList.ts`) }));
}

/** The command ids of the object literal that the function `name` in `file` returns. */
function tableIds(name: string, file: string): string[] {
  let ids: string[] | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name?.text === name && node.body) {
      const returned = node.body.statements.find(ts.isReturnStatement)?.expression;
      assert.ok(returned && ts.isObjectLiteralExpression(returned), `${name} returns an object literal`);
      ids = returned.properties.map((p) => {
        assert.ok(ts.isPropertyAssignment(p) && ts.isStringLiteral(p.name), `${name}: each entry is keyed by its command id (${p.getText().slice(0, 40)})`);
        return p.name.text;
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return ids ?? assert.fail(`${path.relative(repoRoot, file)} declares function ${name}`);
}

describe('Command list', () => {
  it('registers every command package.json contributes, each in exactly one table, and no other', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const contributed = manifest.contributes.commands.map((c) => c.command);
    const tables = listedTables().map(({ name, file }) => ({ name, ids: tableIds(name, file) }));
    for (const id of contributed) {
      const holders = tables.filter((t) => t.ids.includes(id)).map((t) => t.name);
      assert.equal(holders.length, 1, `${id} is registered by exactly one table (found in: ${holders.join(', ') || 'none'})`);
    }
    const registered = tables.flatMap((t) => t.ids);
    assert.deepEqual(
      registered.filter((id) => !contributed.includes(id)),
      [],
      'every registered command is contributed in package.json',
    );
    assert.equal(new Set(registered).size, registered.length, 'no command id appears twice');
  });

  it('registers commands only through the tables: no other file calls registerCommand', () => {
    const callers = findFiles(src, '.ts')
      .filter((file) => /\bregisterCommand\(/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(repoRoot, file).split(path.sep).join('/'));
    assert.deepEqual(callers.sort(), ['src/accounts/commandTable.ts', 'src/ui/commandRunner.ts']);
  });
});
