// `npm start`: install what is missing, build the bundle, and run the dev node with the demo.
// Extra arguments go to the dev node: `npm start -- --port 9000 --host 0.0.0.0 --verbose`.
// The demo composes pictures and mixes sound as a Conferencing Node does (`--media compose`), so a
// third tab sees everyone; `npm start -- --media forward` relays one speaker instead.
import {spawn, spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {repoRoot} from './paths.mjs';
import {ensureDependencies} from './setup.mjs';

ensureDependencies();

console.log('Building the bundle (dist/)…');
const build = spawnSync('npm', ['run', '--silent', 'build:bundle'], {cwd: repoRoot, stdio: 'inherit'});
if (build.status !== 0) {
  console.error('The build failed: see the messages above.');
  process.exit(1);
}

const args = process.argv.slice(2);
const media = args.some((arg) => arg === '--media' || arg.startsWith('--media=')) ? [] : ['--media', 'compose'];
const node = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'dev-node/src/cli.ts'), ...media, ...args], {
  cwd: repoRoot,
  stdio: ['inherit', 'pipe', 'inherit'],
});
node.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const match = /listening on (http:\/\/\S+)/.exec(chunk.toString());
  if (match) {
    const url = new URL('demo/', match[1]).href;
    console.log(
      `\n  pex-connect demo: ${url}\n  Open it in two browser tabs (or two browsers) and join the same meeting.\n  Stop with Ctrl+C.\n`
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => node.kill(signal));
node.on('exit', (code) => process.exit(code ?? 0));
