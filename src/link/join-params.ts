import {BANDWIDTH_DEFAULT, BANDWIDTH_MAX, BANDWIDTH_MIN, type JoinMode, type Role} from '../types/call-options.js';

/**
 * The parameters of an Infinity Connect preconfigured link (the guide's "Links to Infinity
 * Connect Web App"), which `<pex-conference>`'s attributes mirror.
 */
export interface JoinParams {
  readonly conference?: string;
  readonly name?: string;
  /** Kbps, 256–1864. */
  readonly bw?: number;
  readonly pin?: string;
  /** Join at once, without the pre-join screen. */
  readonly join: boolean;
  /** Used only when there is no PIN. */
  readonly role?: Role;
  /**
   * `true`: start camera and microphone on joining; `false` (`media=` given empty): join in
   * presentation-and-control mode; `undefined`: not given, the user chooses.
   */
  readonly media?: boolean;
  readonly audioonly: boolean;
  /** Offer camera and microphone selection at once after joining in presentation-and-control mode. */
  readonly escalate: boolean;
  readonly extension?: string;
  /** Withhold host controls even when joining as a host. */
  readonly forceguest: boolean;
  /**
   * A single sign-on token: the identity provider's redirect flow brings the user back to the
   * page with `ssoToken=` in its URL (read with `use-page-url`; not a link parameter).
   */
  readonly ssoToken?: string;
}

export const JOIN_PARAM_NAMES = [
  'conference',
  'name',
  'bw',
  'pin',
  'join',
  'role',
  'media',
  'audioonly',
  'escalate',
  'extension',
  'forceguest',
] as const;
export type JoinParamName = (typeof JOIN_PARAM_NAMES)[number];

/** A value that was not usable as given, and what was done instead. */
export interface ParamProblem {
  readonly param: JoinParamName;
  readonly value: string;
  /**
   * `bandwidth-range`: out of 256–1864, clamped; `not-a-number`; `role-value`: not host or
   * guest; `role-with-pin`: a PIN decides the role, so `role` is ignored; `flag-value`: not 1
   * or 0; `pin-format`: not digits; `too-long`.
   */
  readonly code: 'bandwidth-range' | 'not-a-number' | 'role-value' | 'role-with-pin' | 'flag-value' | 'pin-format' | 'too-long';
  /** The value used instead, if any. */
  readonly applied?: string;
}

export interface ParsedJoinParams {
  readonly params: JoinParams;
  readonly problems: readonly ParamProblem[];
}

/**
 * `attribute`: HTML boolean attributes, where presence (an empty value) means true.
 * `link`: URL query parameters, where only `1` (or `true`) means true.
 * In both, an empty `media` means presentation-and-control mode, as in the guide.
 */
export type ParamStyle = 'attribute' | 'link';

/** Longest text value accepted (aliases, names, PINs, extensions). */
const MAX_TEXT = 256;
const PIN_PATTERN = /^[0-9]{1,20}#?$|^none$/;

type RawValues = Partial<Record<JoinParamName, string | null>>;

function text(raw: RawValues, param: JoinParamName, problems: ParamProblem[]): string | undefined {
  const value = raw[param]?.trim();
  if (!value) return undefined;
  if (value.length > MAX_TEXT) {
    problems.push({param, value: `${value.slice(0, 40)}…`, code: 'too-long', applied: value.slice(0, MAX_TEXT)});
    return value.slice(0, MAX_TEXT);
  }
  return value;
}

function flag(raw: RawValues, param: JoinParamName, style: ParamStyle, problems: ParamProblem[]): boolean {
  const value = raw[param];
  if (value === null || value === undefined) return false;
  const normalized = value.trim().toLowerCase();
  if (normalized === '1' || normalized === 'true' || (style === 'attribute' && normalized === '')) return true;
  if (normalized === '0' || normalized === 'false' || normalized === '') return false;
  problems.push({param, value, code: 'flag-value', applied: 'false'});
  return false;
}

function bandwidth(raw: RawValues, problems: ParamProblem[]): number | undefined {
  const value = raw.bw?.trim();
  if (!value) return undefined;
  const kbps = Number(value);
  if (!Number.isFinite(kbps)) {
    problems.push({param: 'bw', value, code: 'not-a-number', applied: String(BANDWIDTH_DEFAULT)});
    return BANDWIDTH_DEFAULT;
  }
  const clamped = Math.min(BANDWIDTH_MAX, Math.max(BANDWIDTH_MIN, Math.round(kbps)));
  if (clamped !== kbps) problems.push({param: 'bw', value, code: 'bandwidth-range', applied: String(clamped)});
  return clamped;
}

/** Reads and checks link parameters (from attributes or a query string); never throws. */
export function parseJoinParams(raw: RawValues, style: ParamStyle): ParsedJoinParams {
  const problems: ParamProblem[] = [];
  let pin = text(raw, 'pin', problems);
  if (pin !== undefined && !PIN_PATTERN.test(pin)) {
    problems.push({param: 'pin', value: '••••', code: 'pin-format'});
    pin = undefined;
  }
  const roleValue = text(raw, 'role', problems)?.toLowerCase();
  let role: Role | undefined;
  if (roleValue === 'host' || roleValue === 'guest') role = roleValue;
  else if (roleValue !== undefined) problems.push({param: 'role', value: roleValue, code: 'role-value'});
  if (role && pin) {
    problems.push({param: 'role', value: role, code: 'role-with-pin'});
    role = undefined;
  }
  const mediaValue = raw.media;
  const media =
    mediaValue === null || mediaValue === undefined
      ? undefined
      : flag({media: mediaValue === '' ? '0' : mediaValue}, 'media', 'link', problems);
  const params: JoinParams = {
    conference: text(raw, 'conference', problems),
    name: text(raw, 'name', problems),
    bw: bandwidth(raw, problems),
    pin,
    join: flag(raw, 'join', style, problems),
    role,
    media,
    audioonly: flag(raw, 'audioonly', style, problems),
    escalate: flag(raw, 'escalate', style, problems),
    extension: text(raw, 'extension', problems),
    forceguest: flag(raw, 'forceguest', style, problems),
  };
  return {params, problems};
}

/** The query parameters of a URL (or `location.search`) as raw values. */
export function rawParamsFromQuery(search: string | URLSearchParams): RawValues {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw: RawValues = {};
  for (const name of JOIN_PARAM_NAMES) {
    const value = query.get(name);
    if (value !== null) raw[name] = value;
  }
  return raw;
}

/** The join mode the parameters ask for: `media=` empty is presentation-and-control mode. */
export function joinModeOf(params: Pick<JoinParams, 'media' | 'audioonly'>): JoinMode {
  if (params.media === false) return 'control-only';
  return params.audioonly ? 'audio-only' : 'audio-video';
}
