// Preconfigured links (the guide's "Links to Infinity Connect Web App"): build, parse, round trip.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {buildJoinLink, buildPexipLink, parseJoinLink} from '../../src/link/join-link.js';
import {withDefaultDomain} from '../../src/link/dial-address.js';
import {parseJoinParams} from '../../src/link/join-params.js';

const ADDRESS = 'https://conference.example.com/webapp/';

describe('buildJoinLink', () => {
  test("the guide's examples", () => {
    assert.equal(
      buildJoinLink(ADDRESS, {conference: 'meet.alice', name: 'Bob', join: true}).url,
      `${ADDRESS}?conference=meet.alice&name=Bob&join=1`
    );
    assert.equal(
      buildJoinLink(ADDRESS, {conference: 'meet.alice', name: 'Bob', pin: '1234', join: true}).url,
      `${ADDRESS}?conference=meet.alice&name=Bob&pin=1234&join=1`
    );
    assert.equal(
      buildJoinLink(ADDRESS, {conference: 'meet.alice', name: 'Bob', join: true, role: 'guest'}).url,
      `${ADDRESS}?conference=meet.alice&name=Bob&join=1&role=guest`
    );
    assert.equal(
      buildJoinLink(ADDRESS, {conference: 'meet.alice', name: 'Bob', join: true, role: 'guest', media: true, audioonly: true})
        .url,
      `${ADDRESS}?conference=meet.alice&name=Bob&join=1&role=guest&media=1&audioonly=1`
    );
    assert.equal(
      buildJoinLink(ADDRESS, {conference: 'meet.alice', name: 'Bob', join: true, role: 'guest', media: false, escalate: true})
        .url,
      `${ADDRESS}?conference=meet.alice&name=Bob&join=1&role=guest&media=&escalate=1`
    );
  });

  test('clamps the bandwidth and says so', () => {
    const {url, problems} = buildJoinLink(ADDRESS, {conference: 'meet.alice', bw: 9999});
    assert.equal(new URL(url).searchParams.get('bw'), '1864');
    assert.deepEqual(problems, [{param: 'bw', value: '9999', code: 'bandwidth-range', applied: '1864'}]);
  });

  test('drops the role when a PIN decides it, and says so', () => {
    const {url, problems} = buildJoinLink(ADDRESS, {conference: 'meet.alice', pin: '1234', role: 'host'});
    assert.equal(new URL(url).searchParams.has('role'), false);
    assert.equal(problems[0]?.param, 'role');
  });

  test('needs a conference and an http(s) address', () => {
    assert.deepEqual(buildJoinLink(ADDRESS, {conference: ' '}), {url: '', problems: [{param: 'conference', code: 'missing'}]});
    assert.equal(buildJoinLink('javascript:alert(1)', {conference: 'meet.alice'}).url, '');
  });

  test('encodes names and aliases safely', () => {
    const {url} = buildJoinLink(ADDRESS, {conference: 'meet.alice@example.com', name: 'Åse & Bjørn <b>'});
    assert.equal(new URL(url).searchParams.get('name'), 'Åse & Bjørn <b>');
  });
});

describe('parseJoinLink', () => {
  test('round trip: every parameter survives build then parse', () => {
    const params = {
      conference: 'meet.alice',
      name: 'Bob',
      bw: 1264,
      pin: '1234',
      join: true,
      media: false,
      audioonly: false,
      escalate: true,
      extension: '1001',
      forceguest: true,
    } as const;
    const parsed = parseJoinLink(buildJoinLink(ADDRESS, params).url);
    assert.equal(parsed.kind, 'webapp');
    assert.equal(parsed.address, ADDRESS);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.params, {...params, role: undefined});
  });

  test('reads pexip: links for the desktop client', () => {
    assert.equal(buildPexipLink('meet.alice@example.com').url, 'pexip:meet.alice@example.com');
    const parsed = parseJoinLink('pexip:meet.alice@example.com');
    assert.equal(parsed.kind, 'pexip');
    assert.equal(parsed.params.conference, 'meet.alice@example.com');
  });

  test('reports what it cannot use', () => {
    assert.deepEqual(parseJoinLink('not a link').problems, [{param: 'url', code: 'invalid'}]);
    assert.deepEqual(parseJoinLink('pexip:%E0%A4%A').problems, [{param: 'url', code: 'invalid'}], 'malformed escapes');
    assert.deepEqual(buildPexipLink('meet.\uD800').problems, [{param: 'conference', code: 'invalid'}], 'a lone surrogate');
    const parsed = parseJoinLink(`${ADDRESS}?bw=abc&join=maybe&role=chief`);
    assert.deepEqual(parsed.problems.map((problem) => `${problem.param}:${problem.code}`).sort(), [
      'bw:not-a-number',
      'conference:missing',
      'join:flag-value',
      'role:role-value',
    ]);
  });
});

describe('link parameters as attributes', () => {
  test('boolean attributes: presence means on, "0" means off; media="" means presentation and control', () => {
    const {params} = parseJoinParams({join: '', audioonly: '0', media: '', forceguest: 'true'}, 'attribute');
    assert.equal(params.join, true);
    assert.equal(params.audioonly, false);
    assert.equal(params.media, false);
    assert.equal(params.forceguest, true);
  });

  test('a PIN that is not digits is refused without echoing it', () => {
    const {params, problems} = parseJoinParams({pin: 'secret'}, 'attribute');
    assert.equal(params.pin, undefined);
    assert.equal(JSON.stringify(problems).includes('secret'), false);
  });
});

describe('withDefaultDomain', () => {
  test('appends the domain to bare aliases only', () => {
    assert.equal(withDefaultDomain('alice', 'example.com'), 'alice@example.com');
    assert.equal(withDefaultDomain('sip:alice', 'example.com'), 'sip:alice@example.com');
    assert.equal(withDefaultDomain('alice@other.org', 'example.com'), 'alice@other.org');
    assert.equal(withDefaultDomain('+47 22 00 00 00', 'example.com'), '+47 22 00 00 00');
    assert.equal(withDefaultDomain('rtmp://stream.example.com/live', 'example.com'), 'rtmp://stream.example.com/live');
    assert.equal(withDefaultDomain('alice', ''), 'alice');
  });
});
