// Single sign-on by redirect (issue 14), the whole round trip in one real tab: a page with
// `<pex-conference sso-flow="redirect">` asks for a room with an identity provider, "Sign in with …"
// takes the tab to the dev node's fake identity provider (/idp/), its form signs in, and the
// provider sends the tab back to the SDK's `sso_redirect_target` (`<base URL>m/?…&ssoToken=…&join=1`),
// where `<pex-conference use-page-url>` joins with the token and takes it out of the address bar.
// Runs after `npm run build` (scripts/test.mjs builds before this suite).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {useNodeAndChromium} from './fixture.js';

const started = useNodeAndChromium(['--static', '/dist/=dist']);

const APP_PAGE = (alias: string) => `<!doctype html><html lang="en"><head><title>Meeting</title>
  <script type="module" src="/dist/pex-connect.js"></script></head>
  <body><pex-conference conference="${alias}" name="Sigrid" sso-flow="redirect" audioonly join></pex-conference></body></html>`;
/** The page at `m/`, where the redirect flow comes back to. */
const RETURN_PAGE = `<!doctype html><html lang="en"><head><title>Joining</title>
  <script type="module" src="/dist/pex-connect.js"></script></head>
  <body><pex-conference use-page-url></pex-conference></body></html>`;

test('sso-flow="redirect": to the identity provider and back in the same tab, then in the call', async () => {
  const alias = `test.sso-redirect.${Date.now().toString(36)}`;
  const created = await fetch(`${started.node.url}/dev/rooms`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    // A provider that allows the pop-up flow: the redirect is the page's choice (the attribute).
    body: JSON.stringify({aliases: [alias], name: 'SSO by redirect', sso: {providers: [{name: 'Example Corp'}]}}),
  });
  assert.equal(created.status, 201, await created.text());

  const page = await started.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const popups: string[] = [];
  page.on('popup', (popup) => popups.push(popup.url()));
  await page.route(
    (url) => url.pathname.startsWith('/sso-app/'),
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: new URL(route.request().url()).pathname.startsWith('/sso-app/m/') ? RETURN_PAGE : APP_PAGE(alias),
      })
  );
  await page.goto(`${started.node.url}/sso-app/`);

  await page.getByRole('button', {name: 'Sign in with Example Corp'}).click({timeout: 60000});
  await page.waitForURL((url) => url.pathname.startsWith('/idp/'));
  await page.getByLabel('User name').fill('sigrid@example.com');
  await page.getByRole('button', {name: 'Sign in'}).click();

  await page.waitForURL((url) => url.pathname === '/sso-app/m/', {timeout: 30000});
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 60000});
  const back = new URL(page.url());
  assert.equal(back.searchParams.get('conference'), alias);
  assert.equal(back.searchParams.get('name'), 'Sigrid');
  assert.equal(back.searchParams.get('ssoToken'), null, 'the token is out of the address bar');
  assert.equal(await page.evaluate(`document.querySelector('pex-conference').state.phase`), 'in-call');

  const state = (await (await fetch(`${started.node.url}/dev/state?room=${alias}`)).json()) as {
    rooms: {participants: {display_name: string}[]}[];
  };
  assert.deepEqual(
    state.rooms[0]?.participants.map(({display_name}) => display_name),
    ['Sigrid']
  );
  assert.deepEqual(popups, [], 'no pop-up window');
  assert.deepEqual(problems, []);
  await page.close();
});
