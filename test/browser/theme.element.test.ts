import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect} from '@open-wc/testing';
import {FakeSession} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

/**
 * The `theme` attribute against the system's colour scheme, in Chromium and Firefox. The "system"
 * is that of a frame: an embedded document's `prefers-color-scheme` follows the `color-scheme` of
 * its `<iframe>` (CSS Color Adjustment). The runner's `emulateMedia` would do for the whole page in
 * Chromium, but in Firefox (driven over WebDriver BiDi) it needs CDP, which Firefox does not have.
 */
type Scheme = 'light' | 'dark';

/** The default colours of themeStyles, as computed. */
const TEXT = {light: 'rgb(26, 29, 33)', dark: 'rgb(238, 241, 245)'};
const SURFACE = {light: 'rgb(255, 255, 255)', dark: 'rgb(27, 30, 35)'};

interface Frame {
  readonly window: Window;
  readonly document: Document;
  /**
   * Replaces the frame's body with `markup` and waits for the elements in it to render; with `inCall`
   * the first element (a `<pex-conference>`) is in a call (a fake session, for rendering only).
   */
  show(markup: string, inCall?: boolean): Promise<HTMLElement>;
}

/** A frame whose system scheme is `scheme`, with the five public elements defined in it. */
async function frameWithScheme(scheme: Scheme): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `color-scheme: ${scheme}; width: 1100px; height: 700px; border: 0`;
  iframe.srcdoc = `<!doctype html><html><head><script type="module">
    await Promise.all(['conference', 'roster', 'chat', 'presenter', 'join-button'].map((name) => import('/src/pex-' + name + '.ts')));
    window.ready = true;
  </script></head><body></body></html>`;
  document.body.append(iframe);
  after(() => iframe.remove());
  const win = iframe.contentWindow as Window & {ready?: boolean};
  await waitUntil(() => win.ready === true, 'the elements to load in the frame');
  expect(win.matchMedia(`(prefers-color-scheme: ${scheme})`).matches, 'the frame’s system scheme').to.equal(true);
  const doc = iframe.contentDocument!;
  return {
    window: win,
    document: doc,
    async show(markup, inCall = false) {
      // Parsed in the frame's document, so that its elements are upgraded before they are connected.
      const container = doc.createElement('div');
      container.innerHTML = markup;
      if (inCall) {
        const self = participant({isSelf: true, displayName: 'Ann'});
        const session = new FakeSession({phase: 'in-call', conference: 'meet.alice', selfId: self.id, participants: [self]});
        Object.assign(container.firstElementChild!, {session});
      }
      doc.body.replaceChildren(...container.childNodes);
      for (const el of doc.body.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>('*')) await el.updateComplete;
      return doc.body.firstElementChild as HTMLElement;
    },
  };
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!condition()) throw new Error(`Timed out waiting for ${what}`);
}

describe('theme attribute', () => {
  for (const system of ['light', 'dark'] as const) {
    const other: Scheme = system === 'light' ? 'dark' : 'light';

    describe(`under a ${system} system scheme`, () => {
      let frame: Frame;
      before(async () => {
        frame = await frameWithScheme(system);
      });

      const color = (el: Element): string => frame.window.getComputedStyle(el).color;
      /** `--_pex-surface` as the element's own styles resolve it (on a probe in its shadow root). */
      const surface = (host: Element): string => {
        const probe = frame.document.createElement('span');
        probe.style.setProperty('background-color', 'var(--_pex-surface)');
        host.shadowRoot!.append(probe);
        const value = frame.window.getComputedStyle(probe).backgroundColor;
        probe.remove();
        return value;
      };
      /** The pre-join screen: a private element in the conference's shadow root, with a shadow root of its own. */
      const prejoin = (el: Element): Element => el.shadowRoot!.querySelector('pex-prejoin')!;

      it('follows the system without the attribute, and with theme="system"', async () => {
        for (const markup of ['<pex-conference></pex-conference>', '<pex-conference theme="system"></pex-conference>']) {
          const el = await frame.show(markup);
          expect(color(el), markup).to.equal(TEXT[system]);
          expect(surface(el), markup).to.equal(SURFACE[system]);
          expect(color(prejoin(el)), markup).to.equal(TEXT[system]);
        }
      });

      it(`theme="${other}" gives ${other} colours, down into nested shadow roots`, async () => {
        const el = await frame.show(`<pex-conference theme="${other}"></pex-conference>`);
        expect(frame.window.getComputedStyle(el).colorScheme).to.equal(other);
        expect(color(el)).to.equal(TEXT[other]);
        expect(surface(el)).to.equal(SURFACE[other]);
        expect(color(prejoin(el)), 'the pre-join screen').to.equal(TEXT[other]);
        expect(surface(prejoin(el)), 'the pre-join screen').to.equal(SURFACE[other]);
      });

      it(`a public element inside <pex-conference theme="${other}"> takes its theme, unless it has its own`, async () => {
        // In a call, so that the roster and chat are slotted into the side panel.
        const el = await frame.show(
          `<pex-conference theme="${other}"><pex-roster></pex-roster><pex-chat theme="${system}"></pex-chat></pex-conference>`,
          true
        );
        const roster = el.querySelector('pex-roster')!;
        const chat = el.querySelector('pex-chat')!;
        expect(color(roster), 'without the attribute').to.equal(TEXT[other]);
        expect(surface(roster), 'without the attribute').to.equal(SURFACE[other]);
        expect(color(chat), `theme="${system}"`).to.equal(TEXT[system]);
        chat.setAttribute('theme', 'system');
        expect(color(chat), 'theme="system"').to.equal(TEXT[system]);
      });

      it('every public element takes the attribute, and the property reflects to it', async () => {
        const wrapper = await frame.show(
          `<div><pex-roster theme="${other}"></pex-roster><pex-chat theme="${other}"></pex-chat><pex-presenter theme="${other}"></pex-presenter><pex-join-button theme="${other}" conference="meet.alice"></pex-join-button></div>`
        );
        for (const el of wrapper.children) {
          expect(color(el), el.localName).to.equal(TEXT[other]);
          expect(surface(el), el.localName).to.equal(SURFACE[other]);
        }
        const roster = wrapper.firstElementChild as HTMLElement & {theme?: string; updateComplete: Promise<unknown>};
        roster.theme = system;
        await roster.updateComplete;
        expect(roster.getAttribute('theme')).to.equal(system);
        expect(color(roster)).to.equal(TEXT[system]);
        roster.theme = undefined;
        await roster.updateComplete;
        expect(roster.hasAttribute('theme')).to.equal(false);
        expect(color(roster)).to.equal(TEXT[system]);
      });

      it(`page-set --pex-* custom properties win over theme="${other}"`, async () => {
        const el = await frame.show(
          `<pex-conference theme="${other}" style="--pex-color-text: rgb(1, 2, 3); --pex-color-surface: rgb(4, 5, 6)"></pex-conference>`
        );
        expect(color(el)).to.equal('rgb(1, 2, 3)');
        expect(surface(el)).to.equal('rgb(4, 5, 6)');
        expect(color(prejoin(el))).to.equal('rgb(1, 2, 3)');
      });
    });
  }
});
