// The sandbox in its own process, so that its SQLite queries and JSON encoding neither share the
// bench's event loop nor its heap: the bench then times and weighs only the extension's side.
import { startSandbox } from '../../sandbox/server';
import { answer, childInput } from './protocol';

export interface SandboxInfo {
  apiUrl: string;
  origin: string;
  apiKey: string;
}

async function main(): Promise<void> {
  try {
    const sandbox = await startSandbox({ port: 0, seed: 'empty', rateLimit: 'generous', ...childInput<object>() });
    process.once('disconnect', () => {
      void sandbox.close().finally(() => process.exit(0));
    });
    await answer<SandboxInfo>({ ok: true, result: { apiUrl: sandbox.apiUrl, origin: sandbox.origin, apiKey: sandbox.apiKey } });
  } catch (error) {
    await answer({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.disconnect();
  }
}

void main();
