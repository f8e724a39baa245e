import { parseArgs } from 'node:util';
import { RATE_LIMIT_MODES, type RateLimitMode } from './rateLimit';
import { SEED_NAMES, type SeedName } from './seed/index';
import { startSandbox } from './server';

// `npm run sandbox -- [--port N] [--data DIR] [--seed demo|empty] [--rate-limit generous|paymo]`
// Prints the API URL and the API key (the key is the last word of the second line, for scripts).

function fail(message: string): never {
  console.error(`paymo sandbox: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      data: { type: 'string' },
      seed: { type: 'string', default: 'demo' },
      'rate-limit': { type: 'string', default: 'generous' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${values.port}"`);
  if (!SEED_NAMES.includes(values.seed as SeedName)) fail(`--seed must be one of ${SEED_NAMES.join(', ')}`);
  if (!(values['rate-limit']! in RATE_LIMIT_MODES)) fail(`--rate-limit must be one of ${Object.keys(RATE_LIMIT_MODES).join(', ')}`);

  const starting = startSandbox({
    port,
    dataDir: values.data,
    seed: values.seed as SeedName,
    rateLimit: values['rate-limit'] as RateLimitMode,
  });
  // Listen for signals before printing: whoever reads the two lines may signal at once.
  const stop = () => {
    starting
      .then((sandbox) => sandbox.close())
      .then(
        () => process.exit(0),
        (e: unknown) => fail(`could not stop cleanly: ${String(e)}`),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const sandbox = await starting;
  console.log(`Paymo sandbox listening on ${sandbox.apiUrl}`);
  console.log(`API key: ${sandbox.apiKey}`);
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
