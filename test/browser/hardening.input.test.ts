import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// Bad input everywhere: every attribute of every element with empty, wrong-type, huge and hostile
// values, and files of every wrong kind. Nothing runs, nothing throws, and a value that cannot be
// used is reported on screen. (Hostile names and chat messages: chat.element and roster.element
// tests; malformed answers from the node: hardening.faults.)
import {expect} from '@open-wc/testing';
import '../../src/pex-chat.js';
import '../../src/pex-conference.js';
import '../../src/pex-join-button.js';
import '../../src/pex-presenter.js';
import '../../src/pex-roster.js';
import {deepQuery, deepText} from '../helpers/dom.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {FakeSession} from '../helpers/fake-session.js';
import {makeHugePngHeader, makePdf} from '../fixtures/slide-files.js';
import {initialState} from '../../src/session/types.js';
import {joinCall, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Values no attribute should choke on; the hostile ones set `window.__pwned` if they ever run. */
const VALUES: Readonly<Record<string, string>> = {
  empty: '',
  'wrong type': 'maybe',
  huge: 'x'.repeat(100_000),
  'html with a handler': '<img src=x onerror="window.__pwned = 1">',
  'closing markup and a script': '"><script>window.__pwned = 2</script><b a="',
  'a javascript: URL': 'javascript:window.__pwned = 3//',
  'svg with a handler': '<svg onload="window.__pwned = 4"></svg>',
  'template syntax': '${window.__pwned = 5}{{constructor.constructor("window.__pwned = 6")()}}',
  'control and bidi characters': '\u202Eabc\u0000\uD800\n\t',
  'a malformed URL': 'http://[',
};

type Attributes = Readonly<Record<string, (value: string) => boolean>>;

/** The link parameters that <pex-conference> and <pex-join-button> both take, and which values each must report. */
const LINK_PARAMETERS: Attributes = {
  node: notANodeUrl,
  name: tooLong,
  bw: given,
  pin: given,
  join: notAFlag,
  media: (value) => given(value) && !/^(1|0|true|false)$/i.test(value.trim()),
  audioonly: notAFlag,
  escalate: notAFlag,
  extension: tooLong,
  forceguest: notAFlag,
  role: given,
};

/** The attributes of each element (custom-elements.json), and which values each must report. */
const ELEMENTS: Readonly<Record<string, Attributes>> = {
  'pex-conference': {
    ...LINK_PARAMETERS,
    conference: tooLong,
    'default-domain': never,
    'confirm-disconnect': never,
    'use-page-url': never,
  },
  'pex-roster': {for: always, 'default-domain': always},
  'pex-chat': {for: always, 'no-previews': always, 'preview-hosts': always},
  'pex-presenter': {for: always, 'no-viewer': always},
  'pex-join-button': {
    ...LINK_PARAMETERS,
    conference: (value) => !value.trim() || tooLong(value),
    target: always,
    webapp: (value) => given(value) && !isHttpAddress(value, document.baseURI),
  },
};

const JOIN_BUTTON = ELEMENTS['pex-join-button'];

interface Case {
  readonly tag: string;
  readonly base: Readonly<Record<string, string>>;
  readonly attributes: Attributes;
}
/** Each element, and the join button once per way of opening a meeting; `base` is set first. */
const CASES: readonly Case[] = [
  ...Object.entries(ELEMENTS).map(([tag, attributes]): Case => ({
    tag,
    base: tag === 'pex-join-button' ? {conference: 'meet.alice'} : {},
    attributes,
  })),
  {tag: 'pex-join-button', base: {conference: 'meet.alice', target: 'window'}, attributes: JOIN_BUTTON},
  {
    tag: 'pex-join-button',
    base: {conference: 'meet.alice', target: 'desktop'},
    attributes: {conference: JOIN_BUTTON['conference']},
  },
];

/** An address (relative to `base`, when given) that resolves to http or https. */
function isHttpAddress(value: string, base?: string): boolean {
  try {
    return /^https?:$/.test(new URL(value.trim(), base).protocol);
  } catch {
    return false;
  }
}
function notANodeUrl(value: string): boolean {
  return given(value) && !(/^https?:\/\/[^\s/]+/i.test(value.trim()) && isHttpAddress(value));
}
/** Reported whenever given: none of the test values is a valid bandwidth, PIN or role. */
function given(value: string): boolean {
  return value.trim() !== '';
}
function tooLong(value: string): boolean {
  return value.trim().length > 256;
}
function notAFlag(value: string): boolean {
  return !/^(|1|0|true|false)$/i.test(value.trim());
}
function never(): boolean {
  return false;
}
/** Elements bound to no conference say so whatever the value (there is none on this page). */
function always(): boolean {
  return true;
}

/** Elements made from markup in a value, or links that would run script. */
const EXECUTABLE =
  'script, iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript:" i], [src^="javascript:" i]';

function findDeep(root: ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...findDeep(element.shadowRoot, selector));
  return found;
}

/** What the element shows as a problem: alerts, notices, binding messages, problems. */
function shownProblems(el: Element): string {
  return findDeep(el.shadowRoot!, '[role="alert"], [part~="notices"], [part~="message"], .problem, .message')
    .map((element) => element.textContent)
    .join(' ');
}

async function settle(el: Element & {updateComplete: Promise<boolean>}): Promise<void> {
  await el.updateComplete;
  for (const child of findDeep(el.shadowRoot!, '*')) await (child as Partial<typeof el>).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('hardening: bad input', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const container = document.createElement('div');
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    document.body.append(container);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });
  const meeting = useMeetingFixture();

  for (const {tag, base, attributes} of CASES) {
    const given = Object.entries(base)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    it(`<${tag}${given}>: every attribute with empty, wrong, huge and hostile values`, async () => {
      const failures: string[] = [];
      for (const [attribute, mustReport] of Object.entries(attributes)) {
        for (const [kind, value] of Object.entries(VALUES)) {
          errors.length = 0;
          window.__pwned = undefined;
          const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<boolean>};
          for (const [name, baseValue] of Object.entries(base)) el.setAttribute(name, baseValue);
          el.setAttribute(attribute, value);
          container.append(el);
          try {
            await settle(el);
            const label = `${attribute} = ${kind}`;
            if (errors.length) failures.push(`${label}: threw ${errors.join('; ')}`);
            if (findDeep(el.shadowRoot!, EXECUTABLE).length)
              failures.push(`${label}: made ${findDeep(el.shadowRoot!, EXECUTABLE)[0].outerHTML.slice(0, 80)}`);
            if (!deepText(el.shadowRoot!).trim()) failures.push(`${label}: shows nothing`);
            if (mustReport(value) && !shownProblems(el).trim()) failures.push(`${label}: no message`);
            if (tag === 'pex-conference' && mustReport(value) && !shownProblems(el).includes(`The ${attribute} setting`)) {
              failures.push(`${label}: the message does not name the attribute`);
            }
          } finally {
            el.remove();
          }
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (window.__pwned !== undefined)
            failures.push(`${attribute} = ${kind}: ran script (${JSON.stringify(window.__pwned)})`);
        }
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('hostile names and chat messages sent through the real node are shown as text on the other side, and nothing runs', async () => {
    window.__pwned = undefined;
    const alias = await createRoom();
    const ann = await meeting.add({conference: alias, name: 'Ann', media: ''});
    ann.append(document.createElement('pex-roster'), document.createElement('pex-chat'));
    const evilName = VALUES['html with a handler'];
    const eve = await meeting.add({conference: alias, name: evilName, media: ''});
    await joinCall(ann);
    await joinCall(eve);
    // Everything but the empty and huge values (the node limits chat to 400 characters).
    const payloads = Object.entries(VALUES)
      .filter(([kind]) => kind !== 'empty' && kind !== 'huge')
      .map(([, value]) => value.trim())
      .concat(['x'.repeat(400), 'https://example.com/<script>window.__pwned = 7</script>.png']);
    for (const payload of payloads) await eve.session.sendMessage(payload);
    await waitFor('every message at Ann', () => ann.state.chat.length === payloads.length);
    expect(ann.state.chat.map(({text}) => text)).to.deep.equal(payloads);
    const roster = ann.querySelector('pex-roster')!;
    await waitFor('Eve in the roster', () =>
      findDeep(roster.shadowRoot!, '[part~="name"]').some((name) => name.textContent.startsWith(evilName))
    );
    const chat = ann.querySelector('pex-chat')!;
    await waitFor('the messages shown', () => findDeep(chat.shadowRoot!, '[part~="text"]').length > 0);
    const shownTexts = findDeep(chat.shadowRoot!, '[part~="text"]').map((text) => text.textContent);
    expect(shownTexts.length, 'messages rendered').to.be.greaterThan(0);
    for (const text of shownTexts) expect(payloads, 'shown exactly as sent').to.include(text);
    expect(findDeep(chat.shadowRoot!, '[part~="sender"]').map((sender) => sender.textContent)).to.include(evilName);
    for (const root of [ann.shadowRoot!, roster.shadowRoot!, chat.shadowRoot!])
      expect(findDeep(root, EXECUTABLE)).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);
  });

  it('<pex-presenter>: files of every wrong kind each get a message; nothing runs, the rest is still shared', async () => {
    window.__pwned = undefined;
    const session = new FakeSession({...initialState('meet.test'), phase: 'in-call', selfId: 'me'});
    const conference = document.createElement('pex-conference');
    conference.session = session;
    const presenter = document.createElement('pex-presenter');
    conference.append(presenter);
    container.append(conference);
    await conference.updateComplete;
    const good = makePdf('good.pdf', [{color: [0, 128, 0]}]);
    const encoder = new TextEncoder();
    const files = [
      new File(
        ['<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned = 1"><script>window.__pwned = 2</script></svg>'],
        'logo.png',
        {type: 'image/png'}
      ),
      new File(['<html><body><script>window.__pwned = 3</script></body></html>'], 'slides.pdf', {type: 'application/pdf'}),
      new File(['MZ\u0090\u0000 not an image'], 'setup.jpg', {type: 'image/jpeg'}),
      new File(
        [
          encoder.encode(
            '%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (window.__pwned = 4) >> >> endobj\n%%EOF'
          ),
        ],
        'script.pdf',
        {type: 'application/pdf'}
      ),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'cut.png', {type: 'image/png'}),
      makeHugePngHeader('wide.png', 1_000_000, 1),
      new File([new Uint8Array([0x42, 0x4d, 0, 0])], 'stub.bmp', {type: 'image/bmp'}),
      new File(['GIF89a'], 'stub.gif', {type: 'image/gif'}),
      new File([], `${'long'.repeat(200)}.pdf`, {type: 'application/pdf'}),
      good,
    ];
    const reported: string[] = [];
    presenter.addEventListener('pex-presentation-file-error', ({detail}) => reported.push(detail.file.name));
    await presenter.shareFiles(files);
    await presenter.updateComplete;
    expect(reported.sort(), 'every bad file reported').to.deep.equal(
      files
        .slice(0, -1)
        .map(({name}) => name)
        .sort()
    );
    const list = deepQuery(presenter.shadowRoot!, '[part~="file-errors"]')!;
    expect(list.querySelectorAll('li')).to.have.length(files.length - 1);
    expect(presenter.slideCount, 'the good file is shared').to.equal(1);
    await waitFor('the slides presented', () => session.callsOf('present').length === 1);
    expect(findDeep(presenter.shadowRoot!, EXECUTABLE)).to.deep.equal([]);
    expect(list.scrollWidth, 'a long name does not widen the list').to.be.at.most(presenter.clientWidth + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);
    conference.remove();
  });
});
