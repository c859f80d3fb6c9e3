import {parseConfig} from './parse.js';
import type {DevNodeConfig} from './types.js';

/**
 * The built-in configuration used when no --config is given: one room per feature so that a
 * user of `npm start` can try everything alone. Documented in dev-node/README.md.
 */
const DEFAULT_CONFIG_JSON = {
  rooms: [
    {aliases: ['meet.alice', 'meet.alice@example.com'], name: "Alice's meeting room"},
    {aliases: ['meet.bob', 'meet.bob@example.com'], name: "Bob's meeting room"},
    {aliases: ['meet.hostpin'], name: 'Host PIN room', hostPin: '1234', allowGuests: true},
    {aliases: ['meet.pins'], name: 'Host and guest PIN room', hostPin: '1234', guestPin: '5678'},
    {aliases: ['meet.locked'], name: 'Locked room', hostPin: '1234', allowGuests: true, locked: true},
    {aliases: ['meet.audio'], name: 'Audio-only room', callType: 'audio'},
    {
      aliases: ['meet.sso'],
      name: 'Single sign-on room',
      sso: {providers: [{name: 'Example Corp'}, {name: 'Partner IdP', redirectFlow: true}]},
    },
    {aliases: ['meet.sso1'], name: 'Single sign-on room, one provider', sso: {providers: [{name: 'Example Corp'}]}},
    {
      aliases: ['meet.start'],
      name: 'Host starts the meeting',
      hostPin: '1234',
      allowGuests: true,
      hostMustStart: true,
      theme: {
        welcome: {text: 'Welcome to the meeting', seconds: 5},
        waitingForHost: {text: 'Waiting for the host to start the meeting', seconds: 0},
      },
    },
    {
      aliases: ['meet.classified'],
      name: 'Classified meeting',
      classification: {levels: {'0': 'UNCLASSIFIED', '1': 'CONFIDENTIAL', '2': 'SECRET'}, current: 1},
      endsAfterSeconds: 600,
    },
    {
      aliases: ['meet.restricted'],
      name: 'Restricted room',
      hostPin: '1234',
      allowGuests: true,
      chatEnabled: false,
      guestsCanPresent: false,
      guestsCanUnmute: false,
    },
    {
      aliases: ['meet.busy'],
      name: 'Busy room',
      simulated: {
        count: 40,
        chatIntervalSeconds: 20,
        chatScript: [
          {from: 'Ada Lovelace', text: 'Good morning everyone!'},
          {from: 'Grace Hopper', text: 'Can everyone see the slides?'},
          {from: 'Alan Turing', text: 'Yes, they look fine here.'},
          {from: 'Ada Lovelace', text: 'Let us start with the quarterly numbers.'},
        ],
      },
    },
  ],
  receptions: [
    {
      aliases: ['reception', 'reception@example.com'],
      name: 'Virtual Reception',
      extensions: {'1001': 'meet.alice', '1002': 'meet.pins'},
    },
  ],
  gateway: [
    {
      name: 'Any SIP/H.323/Lync address or RTMP stream',
      match: '^((sip|h323|mssip):)?[^@\\s]+@[^@\\s]+$|^rtmps?://\\S+$|^\\+?[0-9]{3,15}$',
    },
  ],
};

export function defaultConfig(): DevNodeConfig {
  return parseConfig(DEFAULT_CONFIG_JSON);
}
