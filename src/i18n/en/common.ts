import type {Message} from '../message.js';

/** Strings shared by several elements (English, the reference). */
export const common = {
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.ok': 'OK',
  'common.unbound':
    'Not connected to a meeting: place this element inside <pex-conference>, or give it for="<id of a pex-conference>".',
  'common.missing': 'There is no <pex-conference id="{id}"> on this page.',
  'common.action-refused': 'That did not work: the meeting server refused it ({detail}).',
  'common.action-not-host': 'Only hosts can do that.',
  'common.action-not-in-call': 'Join the meeting first.',
  'common.action-invalid': 'That is not valid: {detail}.',
  'common.action-bad-answer': 'That did not work: the meeting server sent an answer this page could not understand.',

  // Adding a participant (host menu and roster)
  'dial.heading': 'Add a participant',
  'dial.destination': 'Address to call',
  'dial.destination-hint': 'A SIP, H.323 or Lync address, a number, or an RTMP URL for streaming.',
  'dial.protocol': 'Protocol',
  'dial.protocol.sip': 'SIP',
  'dial.protocol.h323': 'H.323',
  'dial.protocol.mssip': 'Lync / Skype for Business',
  'dial.protocol.rtmp': 'RTMP (streaming or recording)',
  'dial.protocol.auto': 'Automatic',
  'dial.role': 'Role',
  'dial.role.host': 'Host',
  'dial.role.guest': 'Guest',
  'dial.submit': 'Call',
  'dial.missing-destination': 'Enter the address to call.',
  'dial.calling': 'Calling {destination}…',
} as const;

export type CommonStrings = Record<keyof typeof common, Message>;
