// The chat's link splitter and the limits of what a message shows (src/elements/chat/links.ts).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {isPreviewAllowed, parseHostList, piecesWithin, splitLinks} from '../../src/elements/chat/links.js';

const outline = (text: string) => splitLinks(text).map((piece) => [piece.kind, piece.text]);

describe('splitLinks', () => {
  test('keeps a closing bracket that matches one in the link, drops sentence punctuation', () => {
    assert.deepEqual(outline('(see http://x.org/wiki/Foo_(bar)), ok.'), [
      ['text', '(see '],
      ['link', 'http://x.org/wiki/Foo_(bar)'],
      ['text', '), ok.'],
    ]);
    assert.deepEqual(outline('http://a/b)).!?”'), [
      ['link', 'http://a/b'],
      ['text', ')).!?”'],
    ]);
  });

  // A hostile message: the splitter used to count brackets again for every one it dropped (8.7 s
  // for 20 000; this one would take hours). Its timing is in the bench (bench/chat-links.bench.mjs).
  test('splits a link followed by 200 000 closing brackets, in one pass', {timeout: 60_000}, () => {
    const brackets = ')'.repeat(200_000);
    assert.deepEqual(outline(`http://a/${brackets}`), [
      ['link', 'http://a/'],
      ['text', brackets],
    ]);
    const nested = `http://a/${'('.repeat(100_000)}${')'.repeat(200_000)}`;
    assert.equal(splitLinks(nested)[0].text, nested.slice(0, 9 + 200_000));
  });
});

describe('piecesWithin', () => {
  test('cuts at the limit; a link across it becomes text', () => {
    const pieces = splitLinks('abc https://example.com/x def');
    assert.deepEqual(piecesWithin(pieces, 100), {pieces, cut: false});
    assert.deepEqual(piecesWithin(pieces, 10), {
      pieces: [
        {kind: 'text', text: 'abc '},
        {kind: 'text', text: 'https:'},
      ],
      cut: true,
    });
    assert.deepEqual(piecesWithin(pieces, 4).pieces, [{kind: 'text', text: 'abc '}]);
  });
});

describe('isPreviewAllowed', () => {
  const page = 'https://meet.example.com';
  test('the page’s own origin and the listed hosts only', () => {
    const hosts = parseHostList('images.example.org, *.cdn.example.net');
    const allowed = (url: string, list = hosts) => isPreviewAllowed(new URL(url), list, page);
    assert.equal(allowed('https://meet.example.com/a.png', []), true);
    assert.equal(allowed('http://meet.example.com/a.png', []), false, 'another scheme is another origin');
    assert.equal(allowed('https://anything.test/a.png', []), false);
    assert.equal(allowed('https://images.example.org/a.png'), true);
    assert.equal(allowed('https://evil-images.example.org/a.png'), false);
    assert.equal(allowed('https://a.b.cdn.example.net/a.png'), true);
    assert.equal(allowed('https://cdn.example.net.evil.test/a.png'), false);
    assert.equal(allowed('http://10.0.0.1/a.png'), false);
    assert.equal(allowed('https://anything.test/a.png', ['*']), true);
  });
});
