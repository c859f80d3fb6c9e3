import assert from 'node:assert/strict';
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {runCli} from './cli-process.js';
import {waitFor} from './helpers.js';

describe('command line and static files', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dev-node-static-'));
    await mkdir(path.join(dir, 'sub'));
    const files: Record<string, string> = {
      'index.html': '<p>demo</p>',
      'app.mjs': 'export {}',
      'app.js.map': '{}',
      'lib.wasm': '\0asm',
      'doc.pdf': '%PDF-1.4',
      'sub/index.html': '<p>sub</p>',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  });
  after(() => rm(dir, {recursive: true, force: true}));

  it('prints exactly one listening line, serves files with the right types, and stops on SIGTERM', async () => {
    const cli = await runCli(['--static', `/demo/=${dir}`, '--verbose']);
    try {
      assert.match(cli.stdout(), /^Dev node listening on http:\/\/127\.0\.0\.1:\d+\/\n$/);
      const expectations: Record<string, string> = {
        'demo/app.mjs': 'text/javascript; charset=utf-8',
        'demo/app.js.map': 'application/json',
        'demo/lib.wasm': 'application/wasm',
        'demo/doc.pdf': 'application/pdf',
        'demo/': 'text/html; charset=utf-8',
        'demo/sub/': 'text/html; charset=utf-8',
      };
      for (const [file, type] of Object.entries(expectations)) {
        const response = await fetch(new URL(file, cli.url));
        assert.equal(response.status, 200, file);
        assert.equal(response.headers.get('content-type'), type, file);
        assert.equal(response.headers.get('cache-control'), 'no-cache', file);
        await response.arrayBuffer();
      }
      const root = await fetch(cli.url, {redirect: 'manual'});
      assert.equal(root.status, 302);
      assert.equal(root.headers.get('location'), '/demo/');
      const traversal = await fetch(new URL('demo/%2e%2e/%2e%2e/etc/passwd', cli.url));
      assert.equal(traversal.status, 404);
      assert.equal((await fetch(new URL('demo/missing.js', cli.url))).status, 404);

      const joined = (await (
        await fetch(new URL('api/client/v2/conferences/meet.pins/request_token', cli.url), {
          method: 'POST',
          headers: {'Content-Type': 'application/json', pin: '1234'},
          body: JSON.stringify({display_name: 'Logger'}),
        })
      ).json()) as {result: {token: string}};
      const token = joined.result.token;
      await fetch(new URL(`api/client/v2/conferences/meet.pins/release_token?token=${token}`, cli.url), {method: 'POST'});
      await waitFor(() => cli.stderr().includes('release_token'), 'the request log line');
      assert.match(cli.stderr(), /POST \/api\/client\/v2\/conferences\/meet\.pins\/request_token 200 [\d.]+ms/);
      assert.ok(!cli.stderr().includes(token), 'tokens are never logged');
      assert.ok(!cli.stderr().includes('1234'), 'PINs are never logged');
    } finally {
      assert.equal(await cli.stop('SIGTERM'), 0);
    }
  });

  it('stops cleanly on SIGINT', async () => {
    const cli = await runCli([]);
    assert.equal(await cli.stop('SIGINT'), 0);
  });
});
