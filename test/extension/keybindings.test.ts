// The keys of Filter and Show Changes: none that VS Code binds by default (read from VS Code's own
// default keybindings on this platform).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { manifest } from './support/extension';

interface Keybinding {
  key: string;
  command: string;
  when?: string;
  mac?: string;
  linux?: string;
  win?: string;
}

/** `Ctrl+Alt+Shift+F` and `shift+ctrl+alt+f` are one key: modifiers sorted, lower case. */
function normalised(key: string): string {
  return key
    .toLowerCase()
    .split(' ')
    .map((chord) => chord.split('+').sort().join('+'))
    .join(' ');
}

function keyOnThisPlatform(binding: Keybinding): string {
  const own = process.platform === 'darwin' ? binding.mac : process.platform === 'win32' ? binding.win : binding.linux;
  return own ?? binding.key;
}

/** VS Code's default keybindings, as "Preferences: Open Default Keyboard Shortcuts (JSON)" shows them. */
async function defaultKeybindings(): Promise<Keybinding[]> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
  const json = document
    .getText()
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return JSON.parse(json) as Keybinding[];
}

describe('Keybindings', () => {
  it('Filter, Show Changes and every other key of ours: none that a default keybinding of VS Code uses (or begins a chord with)', async () => {
    const ours = (manifest as { contributes?: { keybindings?: Keybinding[] } }).contributes?.keybindings ?? [];
    for (const command of ['paymoContacts.filter', 'paymoContacts.showChanges'])
      assert.ok(
        ours.some((b) => b.command === command),
        `a key for ${command}`,
      );
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 300, `${defaults.length} default keybindings read`);
    for (const binding of ours) {
      const key = normalised(keyOnThisPlatform(binding));
      const clashes = defaults.filter((d) => {
        // The list holds the extensions' keybindings too, ours among them.
        if (d.command.startsWith('paymoContacts.')) return false;
        const theirs = normalised(d.key);
        return theirs === key || theirs.startsWith(`${key} `) || key.startsWith(`${theirs} `);
      });
      assert.deepEqual(clashes, [], `${binding.command} on ${key}`);
    }
  });
});
