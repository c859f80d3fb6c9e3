import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {startDevNode} from './index.js';
import {isMediaEngine} from './media/room-media.js';

const USAGE = `Usage: node --import tsx dev-node/src/cli.ts [options]

  --host ADDRESS          address to bind (default 127.0.0.1)
  --port N                port (default 8080; 0 = any free port)
  --config FILE           rooms configuration (JSON); default: the built-in rooms
  --simulated N           simulated participants in every room with a "simulated" section
  --static /prefix/=DIR   serve DIR under /prefix/ (repeatable); default: demo/ and dist/
  --dev-api               serve /dev/state, /dev/rooms and /dev/faults for tests (local tools only)
  --media forward|compose forward: relay one speaker per viewer (default); compose: layouts and mixed sound
  --verbose               log one line per request to stderr (tokens and PINs redacted)
  --help                  show this help`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseStatic(values: readonly string[]): Record<string, string> {
  if (values.length === 0) return {'/demo/': path.join(repoRoot, 'demo'), '/dist/': path.join(repoRoot, 'dist')};
  return Object.fromEntries(
    values.map((value) => {
      const split = value.indexOf('=');
      if (split <= 0 || split === value.length - 1) fail(`--static wants /prefix/=dir, got "${value}"`);
      return [value.slice(0, split), value.slice(split + 1)];
    })
  );
}

function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 65_535) fail(`${flag} wants a whole number, got "${value}"`);
  return count;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        host: {type: 'string'},
        port: {type: 'string'},
        config: {type: 'string'},
        simulated: {type: 'string'},
        static: {type: 'string', multiple: true},
        media: {type: 'string'},
        verbose: {type: 'boolean'},
        'dev-api': {type: 'boolean'},
        help: {type: 'boolean'},
      },
      strict: true,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const simulated = parseCount(args.simulated, '--simulated');
  const media = args.media;
  if (media !== undefined && !isMediaEngine(media)) fail(`--media wants forward or compose, got "${media}"`);
  const node = await startDevNode({
    host: args.host ?? '127.0.0.1',
    port: parseCount(args.port, '--port') ?? 8080,
    verbose: args.verbose ?? false,
    devApi: args['dev-api'] ?? false,
    staticRoots: parseStatic(args.static ?? []),
    ...(args.config === undefined ? {} : {config: args.config}),
    ...(simulated === undefined ? {} : {simulated}),
    ...(media === undefined ? {} : {media}),
  });
  process.stdout.write(`Dev node listening on ${node.url}\n`);

  const shutdown = (): void => {
    node.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// A development server keeps serving whatever went wrong in one call or request.
process.on('uncaughtException', (error) =>
  process.stderr.write(`[dev-node] uncaught exception: ${error.stack ?? error.message}\n`)
);

main().catch((error: unknown) => {
  process.stderr.write(`[dev-node] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
