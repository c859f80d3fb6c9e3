import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/pex-chat.js';
import {MAX_SHOWN_CHARACTERS} from '../../src/elements/chat/chat-entry.js';
import type {PexChat} from '../../src/elements/chat/chat.js';
import {parseHostList, previewKind, splitLinks} from '../../src/elements/chat/links.js';
import type {ChatMessage} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {FakeSession, type FakeStateChange} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const self = participant({id: 'me', displayName: 'Ann', isSelf: true});
const bob = participant({id: 'bob', displayName: 'Bob'});
const start = Date.now() - 60 * 60 * 1000;
let counter = 0;

function message(overrides: Partial<ChatMessage> = {}): ChatMessage {
  counter += 1;
  return {
    id: `m${counter}`,
    senderId: 'bob',
    senderName: 'Bob',
    text: `Message ${counter}`,
    at: start + counter * 1000,
    fromSelf: false,
    ...overrides,
  };
}

/** Adds a message as the real session does: state first, then the notification. */
function receive(session: FakeSession, chatMessage: ChatMessage): void {
  session.setState({chat: [...session.state.chat, chatMessage]});
  session.emit('chat-message', {message: chatMessage});
}

async function chatFor(state: FakeStateChange, attributes = html``, id = `owner-${Math.random().toString(36).slice(2)}`) {
  const session = new FakeSession({phase: 'in-call', selfId: 'me', participants: [self, bob], ...state});
  const owner = Object.assign(document.createElement('div'), {id, session});
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 420px">${attributes}</div>`);
  const chat = wrapper.querySelector('pex-chat') ?? wrapper.appendChild(document.createElement('pex-chat'));
  chat.style.height = '480px';
  chat.setAttribute('for', id);
  wrapper.prepend(owner);
  await settle(chat);
  return {session, chat, wrapper};
}

async function settle(chat: PexChat): Promise<void> {
  await chat.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await chat.updateComplete;
}

function part(chat: PexChat, name: string): HTMLElement | null {
  return chat.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** The messages' entries in the list. */
function entries(chat: PexChat): HTMLElement[] {
  return [...part(chat, 'messages')!.querySelectorAll<HTMLElement>('[role="listitem"]')];
}

function entryPart(entry: HTMLElement, name: string): HTMLElement | null {
  return entry.querySelector(`[part~="${name}"]`);
}

/** The text an entry shows. */
function textOf(entry: HTMLElement): string {
  return entryPart(entry, 'text')?.textContent ?? '';
}

function input(chat: PexChat): HTMLTextAreaElement {
  return part(chat, 'input') as HTMLTextAreaElement;
}

function type(chat: PexChat, text: string): void {
  input(chat).value = text;
  input(chat).dispatchEvent(new InputEvent('input'));
}

function pressEnter(chat: PexChat, shiftKey = false): void {
  input(chat).dispatchEvent(
    new KeyboardEvent('keydown', {key: 'Enter', shiftKey, bubbles: true, composed: true, cancelable: true})
  );
}

describe('chat links', () => {
  it('splits text into text and http(s) links only', () => {
    const pieces = splitLinks(
      'See https://example.com/a?b=1&c=2, or (http://x.org/wiki/Foo_(bar)). Not javascript:alert(1) nor ftp://x.org'
    );
    expect(pieces.map((piece) => [piece.kind, piece.text])).to.deep.equal([
      ['text', 'See '],
      ['link', 'https://example.com/a?b=1&c=2'],
      ['text', ', or ('],
      ['link', 'http://x.org/wiki/Foo_(bar)'],
      ['text', '). Not javascript:alert(1) nor ftp://x.org'],
    ]);
    expect(splitLinks('no links').map((piece) => piece.kind)).to.deep.equal(['text']);
    expect(
      splitLinks('xhttps://example.com').map((piece) => piece.kind),
      'only at a word start'
    ).to.deep.equal(['text']);
  });

  it('previews images and videos by extension', () => {
    expect(previewKind(new URL('https://a.example/cat.JPG?size=2'))).to.equal('image');
    expect(previewKind(new URL('https://a.example/clip.webm'))).to.equal('video');
    expect(previewKind(new URL('https://a.example/page.html'))).to.equal(undefined);
    expect(parseHostList('example.com, *.cdn.example.org')).to.deep.equal(['example.com', '*.cdn.example.org']);
  });
});

describe('<pex-chat> binding', () => {
  it('says so when it is bound to nothing, and is accessible', async () => {
    const chat = await fixture<PexChat>(html`<pex-chat></pex-chat>`);
    expect(part(chat, 'message')!.textContent).to.contain('Not connected to a meeting');
    await expect(chat).to.be.accessible();
  });

  it('says so when `for` names an id that is not on the page', async () => {
    const chat = await fixture<PexChat>(html`<pex-chat for="nowhere"></pex-chat>`);
    expect(part(chat, 'message')!.textContent).to.contain('There is no <pex-conference id="nowhere">');
  });

  it('keeps the chats of two conferences apart', async () => {
    const first = await chatFor({chat: [message({text: 'first meeting'})]});
    const second = await chatFor({chat: [message({text: 'second meeting'})]});
    expect(entries(first.chat).map((entry) => textOf(entry))).to.deep.equal(['first meeting']);
    expect(entries(second.chat).map((entry) => textOf(entry))).to.deep.equal(['second meeting']);
  });

  it('asks to join first while not in the meeting, with the composer disabled', async () => {
    const {chat} = await chatFor({phase: 'idle', participants: []});
    expect(part(chat, 'empty')!.textContent).to.equal('Join the meeting to chat.');
    expect(input(chat).disabled).to.equal(true);
    expect((part(chat, 'send-button') as HTMLButtonElement).disabled).to.equal(true);
    await expect(chat).to.be.accessible();
  });
});

describe('<pex-chat> messages', () => {
  it('shows sender, time, grouping and private labels, and is accessible', async () => {
    const now = Date.now();
    const {chat} = await chatFor({
      chat: [
        message({text: 'Hello', at: now - 5000}),
        message({text: 'Again', at: now - 4000}),
        message({senderId: 'me', senderName: 'Ann', fromSelf: true, text: 'Hi Bob', at: now - 3000}),
        message({text: 'Just for you', privateWith: 'bob', at: now - 2000}),
        message({senderId: 'me', senderName: 'Ann', fromSelf: true, text: 'Thanks', privateWith: 'bob', at: now - 1000}),
      ],
    });
    const shown = entries(chat);
    expect(shown.map((entry) => entryPart(entry, 'sender')?.textContent ?? null)).to.deep.equal([
      'Bob',
      null,
      'You',
      'Bob',
      'You',
    ]);
    expect(shown[1].querySelector('.visually-hidden')!.textContent, 'a grouped message still names its sender').to.match(
      /^Bob, .+:$/
    );
    expect(shown.map((entry) => entryPart(entry, 'private-label')?.textContent ?? null)).to.deep.equal([
      null,
      null,
      null,
      'Private to you',
      'Private to Bob',
    ]);
    expect(entryPart(shown[2], 'message')!.getAttribute('part')).to.equal('message message-own');
    expect(entryPart(shown[4], 'message')!.getAttribute('part')).to.equal('message message-own message-private');
    expect(entryPart(shown[0], 'time')!.getAttribute('datetime')).to.equal(new Date(now - 5000).toISOString());
    await expect(chat).to.be.accessible();
  });

  it('makes http(s) links clickable and previews images and videos lazily', async () => {
    const {chat} = await chatFor(
      {
        chat: [
          message({
            text: 'Look: https://images.example.com/cat.png and https://media.example.com/clip.mp4 and https://example.com/page',
          }),
        ],
      },
      html`<pex-chat preview-hosts="*"></pex-chat>`
    );
    const entry = entries(chat)[0];
    const links = [...entry.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    expect(links.map((link) => link.href)).to.deep.equal([
      'https://images.example.com/cat.png',
      'https://media.example.com/clip.mp4',
      'https://example.com/page',
    ]);
    for (const link of links) expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer nofollow']);
    const image = entryPart(entry, 'preview-image') as HTMLImageElement;
    expect([image.loading, image.referrerPolicy, image.alt]).to.deep.equal([
      'lazy',
      'no-referrer',
      'Image from images.example.com',
    ]);
    const video = entryPart(entry, 'preview-video') as HTMLVideoElement;
    expect([video.preload, video.controls, video.getAttribute('aria-label')]).to.deep.equal([
      'none',
      true,
      'Video from media.example.com',
    ]);
    await waitFor('the image that does not load is hidden', () => image.hidden);
  });

  it('loads previews at once only from its own origin and the allowed hosts; others wait for a click', async () => {
    const own = `${location.origin}/own.png`;
    const text = `${own} https://images.example.com/a.png https://cdn.other.test/b.gif`;
    const {chat} = await chatFor({chat: [message({text})]}, html`<pex-chat preview-hosts="*.example.com"></pex-chat>`);
    const entry = entries(chat)[0];
    const sources = () => [...entry.querySelectorAll('[part~="preview"]')].map((preview) => preview.getAttribute('src'));
    expect(sources()).to.deep.equal([own, 'https://images.example.com/a.png']);
    const button = entryPart(entry, 'preview-button') as HTMLButtonElement;
    expect(button.textContent.trim()).to.equal('Show preview from cdn.other.test');
    button.click();
    await chat.updateComplete;
    expect(sources()).to.deep.equal([own, 'https://images.example.com/a.png', 'https://cdn.other.test/b.gif']);
    expect(entryPart(entry, 'preview-button')).to.equal(null);

    const plain = await chatFor({chat: [message({text})]});
    const plainEntry = entries(plain.chat)[0];
    expect([...plainEntry.querySelectorAll('[part~="preview"]')].map((preview) => preview.getAttribute('src'))).to.deep.equal([
      own,
    ]);
    expect([...plainEntry.querySelectorAll('[part~="preview-button"]')].map((b) => b.textContent.trim())).to.deep.equal([
      'Show preview from images.example.com',
      'Show preview from cdn.other.test',
    ]);
    await expect(plain.chat).to.be.accessible();
  });

  it('shows a long message in part, the rest behind "Show more"', async () => {
    const text = `${'word '.repeat(1000)}https://example.com/end`;
    const {chat} = await chatFor({chat: [message({text})]});
    const entry = entries(chat)[0];
    expect(entryPart(entry, 'text')!.textContent).to.equal(text.slice(0, MAX_SHOWN_CHARACTERS));
    expect(entryPart(entry, 'link')).to.equal(null);
    (entryPart(entry, 'show-more') as HTMLButtonElement).click();
    await chat.updateComplete;
    expect(entryPart(entry, 'text')!.textContent).to.equal(text);
    expect((entryPart(entry, 'link') as HTMLAnchorElement).href).to.equal('https://example.com/end');
    expect(entryPart(entry, 'show-more')).to.equal(null);
  });

  it('turns previews off, or limits them to allowed hosts', async () => {
    const text = 'https://images.example.com/a.png https://cdn.other.test/b.gif';
    const off = await chatFor({chat: [message({text})]}, html`<pex-chat no-previews></pex-chat>`);
    expect(entryPart(entries(off.chat)[0], 'preview')).to.equal(null);
    expect(entries(off.chat)[0].querySelectorAll('[part~="link"]').length, 'links stay').to.equal(2);
    const limited = await chatFor({chat: [message({text})]}, html`<pex-chat preview-hosts="*.example.com"></pex-chat>`);
    const previews = [...entries(limited.chat)[0].querySelectorAll<HTMLImageElement>('[part~="preview"]')];
    expect(previews.map((preview) => preview.getAttribute('src'))).to.deep.equal(['https://images.example.com/a.png']);
  });

  it('shows hostile names and messages as text, runs none of them, and keeps its width', async () => {
    window.__xss = undefined;
    const payloads = [
      '<script>window.__xss = 1</script>',
      '<img src=x onerror="window.__xss = 2">',
      '<svg onload="window.__xss = 3"><circle r="5"/></svg>',
      'javascript:window.__xss = 4',
      '<a href="javascript:window.__xss = 5">click</a>',
      '<iframe srcdoc="<script>parent.__xss = 6</script>"></iframe>',
      '\u202Egnp.exe',
      `Long${'x'.repeat(10000)}`,
      `https://example.com/${'y'.repeat(10000)}.png`,
    ];
    const evil = participant({id: 'evil', displayName: payloads[0]});
    const {session, chat} = await chatFor({
      participants: [self, bob, evil],
      chat: payloads.map((text, index) => message({senderId: `evil${index}`, senderName: payloads[index % 7], text})),
    });
    const list = part(chat, 'messages')!;
    for (let top = 0; top <= list.scrollHeight; top += list.clientHeight) {
      list.scrollTop = top;
      await settle(chat);
      for (const entry of entries(chat)) {
        const text = entryPart(entry, 'text')!;
        const shown = session.state.chat.find(({id}) => id === entry.dataset['messageId'])!;
        expect(text.textContent).to.equal(shown.text.slice(0, MAX_SHOWN_CHARACTERS));
        expect(entryPart(entry, 'sender')!.textContent).to.equal(shown.senderName);
        expect(text.querySelector('script, img, svg, iframe'), 'no element made from the text').to.equal(null);
        for (const link of text.querySelectorAll('a')) expect(link.protocol).to.match(/^https?:$/);
        expect(entry.scrollWidth, 'no horizontal overflow').to.be.at.most(entry.clientWidth + 1);
      }
    }
    await aTimeout(200);
    expect(window.__xss).to.equal(undefined);
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
    expect(chat.scrollWidth).to.be.at.most(chat.clientWidth + 1);
  });
});

describe('<pex-chat> composer', () => {
  it("shows the recipient choice in a language chosen after it rendered, once that language's strings arrive", async () => {
    const {chat} = await chatFor({});
    const everyone = () => chat.shadowRoot!.querySelector('select option[value=""]')!.textContent.trim();
    expect(everyone()).to.equal('Everyone');
    chat.lang = 'es';
    // Spanish is a chunk of its own: the label and the choice change once it has arrived.
    await waitFor('Spanish', () => chat.shadowRoot!.querySelector('label[for="recipient"]')!.textContent.trim() === 'Para');
    await chat.updateComplete;
    expect(everyone()).to.equal('Todos');
  });

  it('sends to everyone with Enter; Shift+Enter does not send', async () => {
    const {session, chat} = await chatFor({});
    expect(input(chat).placeholder).to.equal('Message everyone');
    type(chat, '  Hello all  ');
    await chat.updateComplete;
    pressEnter(chat, true);
    expect(session.callsOf('sendMessage')).to.deep.equal([]);
    pressEnter(chat);
    await waitFor('sent', () => session.callsOf('sendMessage').length === 1);
    expect(session.callsOf('sendMessage')).to.deep.equal([['Hello all', undefined]]);
    await chat.updateComplete;
    expect(input(chat).value).to.equal('');
    await expect(chat).to.be.accessible();
  });

  it('sends privately to the recipient chosen here or in the roster', async () => {
    const {session, chat} = await chatFor({chatRecipientId: 'bob'});
    const select = part(chat, 'recipient-select') as HTMLSelectElement;
    expect(select.value).to.equal('bob');
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Everyone', 'Bob']);
    expect(input(chat).placeholder).to.equal('Message Bob privately');
    expect(part(chat, 'composer')!.classList.contains('private')).to.equal(true);
    await expect(chat).to.be.accessible();
    type(chat, 'psst');
    await chat.updateComplete;
    (part(chat, 'send-button') as HTMLButtonElement).click();
    await waitFor('sent', () => session.callsOf('sendMessage').length === 1);
    expect(session.callsOf('sendMessage')).to.deep.equal([['psst', 'bob']]);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(session.callsOf('setChatRecipient')).to.deep.equal([[undefined]]);
  });

  it('lets hosts read and write in a breakout room’s chat; guests have no room choice', async () => {
    const ROOM = 'b0f1c2d3-0000-4000-8000-000000000001';
    const rooms = {[ROOM]: {id: ROOM, name: 'Workshop', guestsAllowedToLeave: true}};
    const breakouts = {enabled: true, currentRoomId: 'main', selfIds: {}, rooms};
    const inMain = message({text: 'In the main room'});
    const inRoom = message({text: 'In the workshop', senderName: 'Cat', senderId: 'cat'});
    const guest = await chatFor({breakouts, chat: [inMain], roomChats: {[ROOM]: [inRoom]}});
    expect(part(guest.chat, 'room-select')).to.equal(null);
    expect(entries(guest.chat).map((entry) => textOf(entry))).to.deep.equal(['In the main room']);

    const {session, chat} = await chatFor({hostControls: true, breakouts, chat: [inMain], roomChats: {[ROOM]: [inRoom]}});
    const select = part(chat, 'room-select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Main room', 'Workshop']);
    expect(select.value).to.equal('main');
    select.value = ROOM;
    select.dispatchEvent(new Event('change'));
    await settle(chat);
    expect(entries(chat).map((entry) => textOf(entry))).to.deep.equal(['In the workshop']);
    expect(input(chat).placeholder).to.equal('Message everyone in Workshop');
    expect((part(chat, 'recipient-select') as HTMLSelectElement).disabled).to.equal(true);
    await expect(chat).to.be.accessible();
    type(chat, 'Need anything?');
    await chat.updateComplete;
    pressEnter(chat);
    await waitFor('sent', () => session.callsOf('sendMessage').length === 1);
    expect(session.callsOf('sendMessage')).to.deep.equal([['Need anything?', undefined, ROOM]]);
    // The room closes: back to the room our call is in.
    session.setState({breakouts: {...breakouts, rooms: {}}});
    await settle(chat);
    expect(part(chat, 'room-select')).to.equal(null);
    expect(entries(chat).map((entry) => textOf(entry))).to.deep.equal(['In the main room']);
  });

  it('shows a refusal and keeps the text', async () => {
    const {session, chat} = await chatFor({});
    session.refuse.add('sendMessage');
    type(chat, 'will fail');
    await chat.updateComplete;
    pressEnter(chat);
    await waitFor('problem', () => part(chat, 'problem'));
    expect(part(chat, 'problem')!.getAttribute('role')).to.equal('alert');
    expect(part(chat, 'problem')!.textContent).to.contain('the meeting server refused it');
    expect(input(chat).value).to.equal('will fail');
  });
});

describe('<pex-chat> notifications', () => {
  it('announces new messages politely, a burst as one sentence', async () => {
    const {session, chat} = await chatFor({});
    const live = chat.shadowRoot!.querySelector('[role="status"]')!;
    receive(session, message({text: 'Hello there'}));
    await chat.updateComplete;
    expect(live.textContent).to.equal('Bob: Hello there');
    receive(session, message({text: 'secret', privateWith: 'bob'}));
    await chat.updateComplete;
    expect(live.textContent).to.equal('Private message from Bob: secret');
    receive(session, message());
    receive(session, message());
    await chat.updateComplete;
    expect(live.textContent).to.equal('2 new chat messages.');
  });

  it('counts unread messages while hidden and fires pex-chat-unread', async () => {
    const {session, chat, wrapper} = await chatFor({});
    wrapper.hidden = true;
    await aTimeout(100);
    const counted = oneEvent(chat, 'pex-chat-unread');
    receive(session, message());
    expect((await counted).detail).to.deep.equal({count: 1});
    receive(session, message({fromSelf: true, senderId: 'me'}));
    receive(session, message());
    expect(chat.unread).to.equal(2);
    const cleared = oneEvent(chat, 'pex-chat-unread');
    wrapper.hidden = false;
    expect((await cleared).detail).to.deep.equal({count: 0});
    expect(chat.unread).to.equal(0);
  });

  it('does not fire pex-chat-message (the conference does, once per message)', async () => {
    const {session, chat} = await chatFor({});
    let fired = 0;
    const count = () => (fired += 1);
    document.addEventListener('pex-chat-message', count);
    try {
      receive(session, message());
      await chat.updateComplete;
    } finally {
      document.removeEventListener('pex-chat-message', count);
    }
    expect(fired).to.equal(0);
  });
});

describe('<pex-chat> with 10 000 messages', () => {
  const many = () =>
    Array.from({length: 10000}, (_, index) =>
      message({text: `Message number ${index}`, senderId: index % 3 ? 'bob' : 'me', fromSelf: index % 3 === 0})
    );

  it('renders only the newest messages and starts at the newest', async () => {
    const {chat} = await chatFor({chat: many()});
    await waitFor('newest shown', () => entries(chat).some((entry) => textOf(entry) === 'Message number 9999'));
    expect(entries(chat).length).to.be.lessThan(80);
    await expect(chat).to.be.accessible();
  });

  it('follows new messages at the end, and offers a jump when scrolled up', async () => {
    const {session, chat} = await chatFor({chat: many()});
    const list = part(chat, 'messages')!;
    await waitFor('newest shown', () => entries(chat).some((entry) => textOf(entry) === 'Message number 9999'));
    receive(session, message({text: 'Fresh one'}));
    await waitFor('followed to the new message', () => {
      const fresh = entries(chat).find((entry) => textOf(entry) === 'Fresh one');
      const box = fresh?.getBoundingClientRect();
      const view = list.getBoundingClientRect();
      return box && box.bottom <= view.bottom + 1 && box.top >= view.top - 1;
    });
    list.scrollTop = 0;
    await waitFor('left the end', () => list.scrollHeight - list.scrollTop - list.clientHeight > 100);
    await settle(chat);
    const offsetOf = (entry: Element) => entry.getBoundingClientRect().top - list.getBoundingClientRect().top;
    const reading = entries(chat).find((entry) => offsetOf(entry) >= 0)!;
    const readingAt = offsetOf(reading);
    receive(session, message({text: 'While reading old ones'}));
    receive(session, message({text: 'And another'}));
    await waitFor('marker', () => part(chat, 'new-messages-button'));
    expect(part(chat, 'new-messages-button')!.textContent.trim()).to.equal('2 new messages');
    expect(offsetOf(reading), 'stays where the reader is').to.be.closeTo(readingAt, 1);
    part(chat, 'new-messages-button')!.click();
    await waitFor(
      'jumped to the newest',
      () => entries(chat).some((entry) => textOf(entry) === 'And another') && !part(chat, 'new-messages-button')
    );
    await waitFor('the newest in view', () => list.scrollHeight - list.scrollTop - list.clientHeight < 2);
  });

  it('while following, new messages slide the window: as many entries rendered after them as before', async () => {
    const {session, chat} = await chatFor({chat: many()});
    await waitFor('newest shown', () => entries(chat).some((entry) => textOf(entry) === 'Message number 9999'));
    await settle(chat);
    const rendered = entries(chat).length;
    for (let index = 0; index < 30; index += 1) {
      receive(session, message({text: `Fresh ${index}`}));
      await settle(chat);
    }
    await waitFor('the last one shown', () => textOf(entries(chat).at(-1)!) === 'Fresh 29');
    expect(entries(chat).length).to.equal(rendered);
  });

  it('keeps following when its list shrinks (a side panel making room for others)', async () => {
    const {session, chat} = await chatFor({chat: many()});
    const list = part(chat, 'messages')!;
    await waitFor('newest shown', () => entries(chat).some((entry) => textOf(entry) === 'Message number 9999'));
    chat.style.height = '160px';
    await settle(chat);
    receive(session, message({text: 'After the shrink'}));
    await waitFor('the newest in view', () => {
      const fresh = entries(chat).at(-1);
      return fresh && textOf(fresh) === 'After the shrink' && list.scrollHeight - list.scrollTop - list.clientHeight < 2;
    });
    expect(part(chat, 'new-messages-button')).to.equal(null);
  });

  it('renders older messages while the newest do not fill a tall list, so it can scroll', async () => {
    const {session, chat} = await chatFor({chat: []});
    chat.style.height = '5000px';
    await settle(chat);
    session.setState({chat: many()});
    const list = part(chat, 'messages')!;
    await waitFor('the list to scroll', () => list.scrollHeight > list.clientHeight);
    expect(entries(chat).length).to.be.greaterThan(50);
    expect(entries(chat).length, 'no more than it takes').to.be.lessThan(10000);
  });

  it('renders older messages as the reader scrolls up, keeping the reader in place', async () => {
    const {chat} = await chatFor({chat: many()});
    const list = part(chat, 'messages')!;
    await waitFor('newest shown', () => entries(chat).some((entry) => textOf(entry) === 'Message number 9999'));
    const oldest = () => textOf(entries(chat)[0]);
    const firstOldest = oldest();
    const top = () => entries(chat)[0].getBoundingClientRect().top;
    list.scrollTop = 0;
    await waitFor('older messages rendered', () => oldest() !== firstOldest);
    await settle(chat);
    const reading = entries(chat).find((entry) => textOf(entry) === firstOldest)!;
    expect(
      Math.abs(reading.getBoundingClientRect().top - list.getBoundingClientRect().top),
      'the message that was at the top stays there'
    ).to.be.lessThan(250);
    expect(top()).to.be.lessThan(list.getBoundingClientRect().top);
    expect(Number(/\d+/.exec(oldest())![0])).to.equal(Number(/\d+/.exec(firstOldest)![0]) - 50);
  });
});
