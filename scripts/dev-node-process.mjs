// Starts the dev node as its own process, the way `npm start` does, and resolves to its URL. Its
// dev API (/dev/state, /dev/rooms, /dev/faults) is on: every caller is a test, a bench or a script.
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {repoRoot} from './paths.mjs';

/**
 * @param {string[]} args extra CLI flags
 * @param {{quiet?: boolean}} options
 * @returns {Promise<{url: string, process: import('node:child_process').ChildProcess, stop: () => Promise<void>}>}
 */
export function startDevNodeProcess(args = [], {quiet = true} = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'dev-node/src/cli.ts'), '--port', '0', '--dev-api', ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  const stop = () =>
    new Promise((resolve) => {
      // A process killed by a signal has signalCode set and exitCode null: it has already exited.
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      if (!quiet) process.stdout.write(text);
      output += text;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        if (quiet) child.stdout.resume();
        else child.stdout.on('data', (more) => process.stdout.write(more));
        resolve({url: match[1].replace(/\/$/, ''), process: child, stop});
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
      if (!quiet) process.stderr.write(chunk);
    });
    child.once('exit', (code) => reject(new Error(`The dev node exited (${code}) before listening:\n${output}`)));
  });
}
