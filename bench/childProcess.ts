// Parts that need isolation (a heap to measure, a fresh module cache to time, the sandbox's own
// event loop) run in forked children. A child gets its input as JSON in argv and answers with one
// IPC message; `children/protocol.ts` is its side of this.
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { ChildAnswer } from './children/protocol';

/** True when the bench itself runs from TypeScript sources (`tsx bench/main.ts`) rather than `out/`. */
const FROM_SOURCES = __filename.endsWith('.ts');

export interface ForkedChild<T> {
  process: ChildProcess;
  /** The child's first answer. */
  answer: Promise<T>;
}

export function forkChild<T>(name: string, input: unknown, nodeFlags: string[] = []): ForkedChild<T> {
  const script = path.join(__dirname, 'children', `${name}${FROM_SOURCES ? '.ts' : '.js'}`);
  const child = fork(script, [JSON.stringify(input)], {
    execArgv: [...(FROM_SOURCES ? ['--import', 'tsx'] : []), ...nodeFlags],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const answer = new Promise<T>((resolve, reject) => {
    child.once('message', (message: ChildAnswer<T>) => {
      if (message.ok) resolve(message.result);
      else reject(new Error(`${name}: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}) before answering`)));
  });
  return { process: child, answer };
}

/** Runs a one-shot child to completion and returns its answer. */
export async function runChild<T>(name: string, input: unknown, nodeFlags: string[] = []): Promise<T> {
  const { process: child, answer } = forkChild<T>(name, input, nodeFlags);
  try {
    return await answer;
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill();
      });
    }
  }
}
