// What <pex-conference> joins with: the pre-join choice, then the link parameters, then the settings.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {joinOptionsOf} from '../../src/elements/conference/join-options.js';
import {parseJoinParams} from '../../src/link/join-params.js';
import {defaultSettings} from '../../src/session/types.js';

const NODE = 'https://pexip.example.com';

function params(raw: Record<string, string>) {
  return parseJoinParams(raw, 'attribute').params;
}

describe('joinOptionsOf', () => {
  test('the link parameters, with the settings for what they do not give', () => {
    const options = joinOptionsOf(
      [],
      params({conference: 'meet.alice', name: 'Ann', pin: '1234', extension: '55', forceguest: '1'}),
      defaultSettings,
      NODE
    );
    assert.deepEqual(options, {
      node: NODE,
      conference: 'meet.alice',
      displayName: 'Ann',
      bandwidth: defaultSettings.bandwidth,
      mode: 'audio-video',
      pin: '1234',
      role: undefined,
      extension: '55',
      forceGuest: true,
      ssoToken: undefined,
      muteMicrophone: false,
    });
  });

  test("a sign-on token the identity provider's redirect brought back is joined with", () => {
    const withToken = {...params({conference: 'meet.sso', name: 'Siri'}), ssoToken: 'tok-1'};
    assert.equal(joinOptionsOf([], withToken, defaultSettings, NODE)?.ssoToken, 'tok-1');
  });

  test("the user's choice wins over the parameters, which win over the settings", () => {
    const settings = {...defaultSettings, displayName: 'Saved name', bandwidth: 1264, muteMicrophoneOnJoin: true};
    const fromParams = joinOptionsOf([], params({conference: 'meet.alice', bw: '768', audioonly: '1'}), settings, NODE);
    assert.equal(fromParams?.displayName, 'Saved name');
    assert.equal(fromParams.bandwidth, 768);
    assert.equal(fromParams.mode, 'audio-only');
    assert.equal(fromParams.muteMicrophone, true);
    const chosen = joinOptionsOf(
      [
        {displayName: '  Bea  ', conference: 'meet.bob', mode: 'control-only'},
        {displayName: 'Form', bandwidth: 256, muteMicrophone: false},
      ],
      params({conference: 'meet.alice', name: 'Ann', bw: '768'}),
      settings,
      NODE
    );
    assert.equal(chosen?.displayName, 'Bea');
    assert.equal(chosen.conference, 'meet.bob');
    assert.equal(chosen.mode, 'control-only');
    assert.equal(chosen.bandwidth, 256);
    assert.equal(chosen.muteMicrophone, false);
  });

  test('an undefined choice is no choice: the next one gives the value', () => {
    const options = joinOptionsOf(
      [{displayName: undefined}, {displayName: 'Form'}],
      params({conference: 'meet.alice'}),
      defaultSettings,
      NODE
    );
    assert.equal(options?.displayName, 'Form');
  });

  test('media="" joins in presentation and control mode; role is kept for a room without PIN', () => {
    const options = joinOptionsOf(
      [],
      params({conference: 'meet.alice', name: 'Ann', media: '', role: 'guest'}),
      defaultSettings,
      NODE
    );
    assert.equal(options?.mode, 'control-only');
    assert.equal(options.role, 'guest');
  });

  test('nothing to join without a name or a conference', () => {
    assert.equal(joinOptionsOf([], params({conference: 'meet.alice'}), defaultSettings, NODE), undefined);
    assert.equal(joinOptionsOf([{displayName: '   '}], params({conference: 'meet.alice'}), defaultSettings, NODE), undefined);
    assert.equal(joinOptionsOf([], params({name: 'Ann'}), defaultSettings, NODE), undefined);
  });

  test('the default domain completes a bare alias typed on the pre-join screen, not the attribute', () => {
    const typed = joinOptionsOf([{conference: 'meet.bob', displayName: 'Ann'}], params({}), defaultSettings, NODE, 'example.com');
    assert.equal(typed?.conference, 'meet.bob@example.com');
    const full = joinOptionsOf(
      [{conference: 'meet.bob@other.org', displayName: 'Ann'}],
      params({}),
      defaultSettings,
      NODE,
      'example.com'
    );
    assert.equal(full?.conference, 'meet.bob@other.org');
    const attribute = joinOptionsOf(
      [{displayName: 'Ann'}],
      params({conference: 'meet.alice'}),
      defaultSettings,
      NODE,
      'example.com'
    );
    assert.equal(attribute?.conference, 'meet.alice');
  });
});
