// A temporary folder of a suite's own, for the files its tests write (an image to upload, a file to
// import, an export, a cache, a sandbox's data): made before and removed after, in every stage.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempFolder {
  /** The folder's path; there is one only while the suite's tests and hooks run. */
  readonly path: string;
  /** Writes `content` to the file `name` in the folder and returns the file's path. */
  write(name: string, content: Uint8Array | string): string;
}

/**
 * Call it in a `describe`: a folder `paymo-<prefix>-…` under the system's temporary folder, one for
 * the whole suite, or a fresh, empty one for each test (`'test'`, for tests that list the folder).
 */
export function useTempFolder(prefix: string, per: 'suite' | 'test' = 'suite'): TempFolder {
  let dir: string | undefined;
  const make = () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `paymo-${prefix}-`));
  };
  const remove = () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  if (per === 'test') {
    beforeEach(make);
    afterEach(remove);
  } else {
    before(make);
    after(remove);
  }
  return {
    get path() {
      if (!dir) throw new Error(`The temporary folder "${prefix}" exists only while its suite runs`);
      return dir;
    },
    write(name, content) {
      const file = path.join(this.path, name);
      fs.writeFileSync(file, content);
      return file;
    },
  };
}
