// Closing a page leaves the meeting at once (issue 14): two real pages join a room on a dev node
// process with the built bundle, one page is closed for real (the browser runs its pagehide, where
// the element disconnects with the reason "Browser closed" and the SDK releases the token with
// sendBeacon), and the other page's roster drops it within 2 s, long before the closed page's
// token would expire. Runs after `npm run build` (scripts/test.mjs builds before this suite).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {useNodeAndChromium} from './fixture.js';

const started = useNodeAndChromium(['--static', '/dist/=dist']);

/** A page on the dev node's origin where `name` joins `room` at once, with the roster beside the call. */
async function joinedPage(room: string, name: string) {
  // A context of its own that outlives the page, as a browser profile outlives a closed tab: with
  // browser.newPage() closing the page disposes its context, and with it the beacon in flight.
  const context = await started.browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route(`${started.node.url}/closing-page.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><script type="module" src="/dist/pex-connect.js"></script></head>
      <body><pex-conference conference="${room}" name="${name}" audioonly join><pex-roster></pex-roster></pex-conference></body></html>`,
    })
  );
  await page.goto(`${started.node.url}/closing-page.html`);
  await page.getByRole('toolbar', {name: 'Call controls'}).waitFor({timeout: 60000});
  return {page, problems};
}

interface DevParticipant {
  display_name: string;
  call: {connection_state: string} | null;
}

async function onNode(room: string): Promise<DevParticipant[]> {
  const response = await fetch(`${started.node.url}/dev/state?room=${room}`);
  const {rooms} = (await response.json()) as {rooms: {participants: DevParticipant[]}[]};
  return rooms[0]?.participants ?? [];
}

async function poll(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

for (const [how, close, room] of [
  ['closing the tab', {runBeforeUnload: false}, 'meet.alice'],
  ['closing the tab after its beforeunload', {runBeforeUnload: true}, 'meet.bob'],
] as const) {
  test(`${how}: the others' roster drops the closed page within 2 s`, async () => {
    const stine = await joinedPage(room, 'Stine');
    const kari = await joinedPage(room, 'Kari');
    const roster = stine.page.getByRole('list', {name: 'Participants in the meeting'});
    const kariRow = roster.getByRole('listitem').filter({hasText: 'Kari'});
    await kariRow.waitFor({timeout: 60000});
    // A call in progress (not one still being set up) is what a user closes.
    await poll('both calls connected on the node', async () =>
      (await onNode(room)).every(({call}) => call?.connection_state === 'connected')
    );

    await kari.page.close(close);
    const closedAt = Date.now();
    await kariRow.waitFor({state: 'detached', timeout: 2000});
    const tookMs = Date.now() - closedAt;
    assert.ok(tookMs <= 2000, `gone from Stine's roster after ${tookMs} ms`);
    assert.deepEqual(
      (await onNode(room)).map(({display_name}) => display_name),
      ['Stine'],
      'the node has let Kari go'
    );
    assert.equal(await roster.getByRole('listitem').count(), 1);
    assert.deepEqual([...stine.problems, ...kari.problems], []);
    await stine.page.close();
  });
}
