// dist/ hosted on another origin (a CDN), as the README's "Hosting dist/ elsewhere" says to serve
// it: a page on the dev node loads the bundle from a second server. Served right (CORS on every
// file, JavaScript MIME types), a meeting is joined and a PDF shared (pdf.js's worker comes from
// the other origin); served wrong, "Check my setup" names the file that does not load and why.
// Runs after `npm run build`.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {after, before, test} from 'node:test';
import {useNodeAndChromium} from './fixture.js';
import {repoRoot} from '../../scripts/paths.mjs';
import {makePdf, numberedPages} from '../fixtures/slide-files.js';

const distDir = join(repoRoot, 'dist');
const pageDir = mkdtempSync(join(tmpdir(), 'pex-hosting-'));
// The page loads the bundle from the URL in its query string.
writeFileSync(
  join(pageDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hosted elsewhere</title>
<script type="module">
const script = document.createElement('script');
script.type = 'module';
script.src = new URLSearchParams(location.search).get('bundle');
document.head.append(script);
</script></head><body><pex-conference conference="meet.alice" name="Cedric"><pex-presenter></pex-presenter></pex-conference></body></html>`
);

/**
 * How the second server serves dist/, by the first part of the path: `good` as the README says;
 * `wrong-mime` sends .mjs as application/octet-stream; `no-cors` sends no CORS header with the
 * SDK's chunk; `missing-sdk` has no SDK chunk (a partial copy).
 */
type Mode = 'good' | 'wrong-mime' | 'no-cors' | 'missing-sdk';

function serveDist(request: IncomingMessage, response: ServerResponse): void {
  const [, mode, ...rest] = new URL(request.url ?? '/', 'http://cdn').pathname.split('/') as [string, Mode, ...string[]];
  const path = normalize(rest.join('/'));
  const headers: Record<string, string> = {};
  if (mode !== 'no-cors' || !path.includes('infinity-sdk-factory')) headers['Access-Control-Allow-Origin'] = '*';
  if (path.startsWith('..') || (mode === 'missing-sdk' && path.includes('infinity-sdk-factory'))) {
    response.writeHead(404, headers).end('not found');
    return;
  }
  let body: Buffer;
  try {
    body = readFileSync(join(distDir, path));
  } catch {
    response.writeHead(404, headers).end('not found');
    return;
  }
  const javascript = extname(path) === '.js' || (extname(path) === '.mjs' && mode !== 'wrong-mime');
  headers['Content-Type'] = javascript ? 'text/javascript' : 'application/octet-stream';
  response.writeHead(200, headers).end(body);
}

let cdn: Server;
let cdnUrl = '';
before(async () => {
  cdn = createServer(serveDist);
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
});
const started = useNodeAndChromium([`--static=/page/=${pageDir}`]);
after(async () => {
  await new Promise((resolve) => cdn.close(resolve));
  rmSync(pageDir, {recursive: true, force: true});
});

interface Finding {
  code: string;
  status: string;
  subject: string;
  message: string;
}

async function openPage(mode: Mode) {
  const page = await started.browser.newPage();
  await page.goto(`${started.node.url}/page/index.html?bundle=${encodeURIComponent(`${cdnUrl}/${mode}/pex-connect.js`)}`);
  await page.getByRole('button', {name: 'Join', exact: true}).waitFor({timeout: 30_000});
  return page;
}

async function setupFindings(mode: Mode): Promise<Finding[]> {
  const page = await openPage(mode);
  try {
    return await page.evaluate<Finding[]>(`document.querySelector('pex-conference').diagnose()`);
  } finally {
    await page.close();
  }
}

test('served with CORS and JavaScript types, the bundle joins a meeting and shares a PDF from another origin', async () => {
  const page = await openPage('good');
  try {
    const findings = await page.evaluate<Finding[]>(`document.querySelector('pex-conference').diagnose()`);
    assert.equal(findings.find(({code}) => code === 'chunks-loaded')?.status, 'ok', JSON.stringify(findings));
    await page.getByRole('button', {name: 'Join', exact: true}).click();
    await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 30_000});
    const pdf = makePdf('deck.pdf', numberedPages(2));
    const chooser = page.waitForEvent('filechooser');
    await page.locator('pex-presenter').getByRole('button', {name: 'Share images or PDFs'}).click();
    await (await chooser).setFiles({name: pdf.name, mimeType: pdf.type, buffer: Buffer.from(await pdf.arrayBuffer())});
    await page.getByText('1 / 2').first().waitFor({timeout: 30_000});
  } finally {
    await page.close();
  }
});

test('"Check my setup" names a chunk served without CORS', async () => {
  const findings = await setupFindings('no-cors');
  const finding = findings.find(({code, message}) => code === 'chunk-cors' && /infinity-sdk-factory/.test(message));
  assert.ok(finding, JSON.stringify(findings));
  assert.match(finding.message, new RegExp(`${cdnUrl}/no-cors/chunks/infinity-sdk-factory-\\w+\\.js`));
  assert.match(finding.message, /Access-Control-Allow-Origin/);
});

test('"Check my setup" names the pdf.js worker served with the wrong MIME type', async () => {
  const findings = await setupFindings('wrong-mime');
  const finding = findings.find(({code}) => code === 'chunk-mime');
  assert.ok(finding, JSON.stringify(findings));
  assert.match(finding.message, new RegExp(`${cdnUrl}/wrong-mime/pdf\\.worker\\.min\\.mjs`));
  assert.match(finding.message, /application\/octet-stream/);
});

test('"Check my setup" names a chunk missing from the copy, with the HTTP status', async () => {
  const findings = await setupFindings('missing-sdk');
  const finding = findings.find(({code}) => code === 'chunk-missing');
  assert.ok(finding, JSON.stringify(findings));
  assert.match(finding.message, /infinity-sdk-factory-\w+\.js could not be loaded: the server answered 404/);
});
