// Commands take an object argument whose fields stand in for their prompts (keybindings, tests, and
// the extension's own calls: `{ password }`, `{ uri }`, `{ confirmed: true }`, …).
import { isObject } from '../webviewContract/isObject';

/** A field of an object argument that stands in for a prompt. */
export function argOption(arg: unknown, name: string): unknown {
  return isObject(arg) ? arg[name] : undefined;
}
