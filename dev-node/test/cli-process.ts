import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {waitFor} from './helpers.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export interface Running {
  readonly url: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts the dev node's command line on a free port and waits for its listening line. */
export async function runCli(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', ...args], {stdio: ['ignore', 'pipe', 'pipe']});
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(stdout)?.[1], 'the listening line', 30_000);
  return {
    url,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}
