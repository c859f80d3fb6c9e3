import {withDefaultDomain} from '../../link/dial-address.js';
import {joinModeOf, type JoinParams} from '../../link/join-params.js';
import type {JoinOptions, Settings} from '../../session/types.js';
import type {PrejoinChoice} from './prejoin-choice.js';

/**
 * What `<pex-conference>` joins with: the user's choices first (the first that gives a value
 * wins: what `joinMeeting()` was given, then the pre-join form), then the link parameters (attributes,
 * page URL), then the user's settings. `undefined` without a display name or a conference to
 * join (the pre-join screen then stays). A bare alias typed on the pre-join screen gets the
 * default domain (`default-domain`), as Infinity Connect's "Connection default domain" does.
 */
export function joinOptionsOf(
  choices: readonly Partial<PrejoinChoice>[],
  params: JoinParams,
  settings: Settings,
  node: string,
  defaultDomain = ''
): JoinOptions | undefined {
  const chosen = <K extends keyof PrejoinChoice>(key: K): PrejoinChoice[K] | undefined =>
    choices.map((choice) => choice[key]).find((value) => value !== undefined);
  const choice = {
    displayName: chosen('displayName'),
    conference: chosen('conference'),
    mode: chosen('mode'),
    bandwidth: chosen('bandwidth'),
    muteMicrophone: chosen('muteMicrophone'),
  };
  const displayName = (choice.displayName ?? params.name ?? settings.displayName).trim();
  const conference = (choice.conference ? withDefaultDomain(choice.conference, defaultDomain) : (params.conference ?? '')).trim();
  if (!displayName || !conference) return undefined;
  return {
    node,
    conference,
    displayName,
    bandwidth: choice.bandwidth ?? params.bw ?? settings.bandwidth,
    mode: choice.mode ?? joinModeOf(params),
    pin: params.pin,
    role: params.role,
    extension: params.extension,
    forceGuest: params.forceguest,
    ssoToken: params.ssoToken,
    muteMicrophone: choice.muteMicrophone ?? settings.muteMicrophoneOnJoin,
  };
}
