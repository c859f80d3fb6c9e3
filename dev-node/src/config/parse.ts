import type {
  CaptionsConfig,
  ChatLine,
  DevNodeConfig,
  DialOutConfig,
  GatewayRule,
  LimitsConfig,
  ReceptionConfig,
  RoomConfig,
  SimulatedParticipantConfig,
  SimulationConfig,
} from './types.js';
import {parseRoomSignals} from './parse-signals.js';
import {ConfigError, omitUndefined, Reader, type Json} from './reader.js';

export {ConfigError} from './reader.js';

const DEFAULT_DIAL_OUT: DialOutConfig = {connectDelayMs: 2000, failedVisibleMs: 3000};

const DEFAULT_LIMITS: LimitsConfig = {
  requestsPerSecond: 50,
  burst: 200,
  maxBodyBytes: 256 * 1024,
  tokenExpiresSeconds: 120,
  chatMaxLength: 400,
};

function parseSimulatedParticipant(value: unknown, path: string): SimulatedParticipantConfig {
  const r = Reader.of(value, path);
  return omitUndefined({
    displayName: r.string('displayName'),
    role: r.optOneOf('role', ['chair', 'guest'] as const),
    state: r.optOneOf('state', ['connected', 'calling', 'waiting'] as const),
    muted: r.optBoolean('muted'),
    videoMuted: r.optBoolean('videoMuted'),
    presenting: r.optBoolean('presenting'),
    speaking: r.optBoolean('speaking'),
    streaming: r.optBoolean('streaming'),
    handRaised: r.optBoolean('handRaised'),
    audioOnly: r.optBoolean('audioOnly'),
    protocol: r.optOneOf('protocol', ['api', 'webrtc', 'sip', 'rtmp', 'h323', 'mssip'] as const),
  });
}

function parseChatLine(value: unknown, path: string): ChatLine {
  const r = Reader.of(value, path);
  return {from: r.string('from'), text: r.string('text')};
}

function parseSimulation(value: unknown, path: string): SimulationConfig {
  const r = Reader.of(value, path);
  return omitUndefined({
    count: r.optNumber('count', 0, 10_000),
    participants: r.optArray('participants', parseSimulatedParticipant),
    chatScript: r.optArray('chatScript', parseChatLine),
    chatIntervalSeconds: r.optNumber('chatIntervalSeconds', 0.1, 3600),
  });
}

function parseDialOut(value: unknown, path: string): Partial<DialOutConfig> {
  const r = Reader.of(value, path);
  return omitUndefined({
    connectDelayMs: r.optNumber('connectDelayMs', 0, 600_000),
    failedVisibleMs: r.optNumber('failedVisibleMs', 0, 600_000),
  });
}

function parseCaptions(value: unknown, path: string): CaptionsConfig {
  const r = Reader.of(value, path);
  return omitUndefined({
    available: r.optBoolean('available'),
    script: r.optArray('script', parseChatLine),
    intervalSeconds: r.optNumber('intervalSeconds', 0.1, 3600),
    speaking: r.optBoolean('speaking'),
  });
}

/** Parses one room (config file entry or `POST /dev/rooms` body). */
export function parseRoom(value: unknown, path = 'room'): RoomConfig {
  const r = Reader.of(value, path);
  const hostPin = r.pin('hostPin');
  const guestPin = r.pin('guestPin');
  if (guestPin !== undefined && hostPin === undefined) {
    throw new ConfigError(`${path}.guestPin needs a hostPin as well (as on Pexip Infinity)`);
  }
  if (guestPin !== undefined && guestPin === hostPin) {
    throw new ConfigError(`${path}.guestPin must differ from hostPin`);
  }
  return omitUndefined({
    aliases: r.aliases('aliases'),
    name: r.optString('name') ?? r.aliases('aliases')[0],
    hostPin,
    guestPin,
    allowGuests: r.optBoolean('allowGuests'),
    hostTimeoutSeconds: r.optNumber('hostTimeoutSeconds', 0.1, 86_400),
    locked: r.optBoolean('locked'),
    participantLimit: r.optNumber('participantLimit', 0, 100_000),
    callType: r.optOneOf('callType', ['video', 'video-only', 'audio'] as const),
    chatEnabled: r.optBoolean('chatEnabled'),
    guestsCanPresent: r.optBoolean('guestsCanPresent'),
    simulated: r.has('simulated') ? parseSimulation(r.raw('simulated'), r.sub('simulated')) : undefined,
    dialOut: r.has('dialOut') ? parseDialOut(r.raw('dialOut'), r.sub('dialOut')) : undefined,
    ...parseRoomSignals(r),
    breakoutRooms: r.optBoolean('breakoutRooms'),
    captions: r.has('captions') ? parseCaptions(r.raw('captions'), r.sub('captions')) : undefined,
  });
}

function parseReception(value: unknown, path: string): ReceptionConfig {
  const r = Reader.of(value, path);
  const extensions = Reader.of(r.raw('extensions'), r.sub('extensions'));
  const table = new Map<string, string>();
  for (const key of Object.keys(r.raw('extensions') as Json)) {
    if (!/^\w{1,32}$/.test(key)) throw new ConfigError(`${r.sub('extensions')} key "${key}" must be a short word`);
    table.set(key, extensions.string(key));
  }
  return {aliases: r.aliases('aliases'), name: r.optString('name') ?? 'Virtual Reception', extensions: table};
}

function parseGatewayRule(value: unknown, path: string): GatewayRule {
  const r = Reader.of(value, path);
  const match = r.string('match');
  try {
    new RegExp(match, 'i');
  } catch (error) {
    throw new ConfigError(`${path}.match is not a valid regular expression: ${(error as Error).message}`);
  }
  return omitUndefined({
    name: r.optString('name') ?? match,
    match,
    protocols: r.optArray('protocols', (item, itemPath) => {
      const protocols = ['sip', 'h323', 'mssip', 'rtmp', 'auto'] as const;
      if (typeof item !== 'string' || !(protocols as readonly string[]).includes(item)) {
        throw new ConfigError(`${itemPath} must be one of ${protocols.join(', ')}`);
      }
      return item as (typeof protocols)[number];
    }),
  });
}

function parseLimits(value: unknown, path: string): LimitsConfig {
  const r = Reader.of(value, path);
  return {
    requestsPerSecond: r.optNumber('requestsPerSecond', 0.1, 1_000_000) ?? DEFAULT_LIMITS.requestsPerSecond,
    burst: r.optNumber('burst', 1, 1_000_000) ?? DEFAULT_LIMITS.burst,
    maxBodyBytes: r.optNumber('maxBodyBytes', 1024, 64 * 1024 * 1024) ?? DEFAULT_LIMITS.maxBodyBytes,
    tokenExpiresSeconds: r.optNumber('tokenExpiresSeconds', 3, 86_400) ?? DEFAULT_LIMITS.tokenExpiresSeconds,
    chatMaxLength: r.optNumber('chatMaxLength', 1, 1_000_000) ?? DEFAULT_LIMITS.chatMaxLength,
  };
}

/** Parses a whole configuration; absent sections take their defaults, and aliases must be unique. */
export function parseConfig(value: unknown): DevNodeConfig {
  const r = Reader.of(value, 'config');
  const config: DevNodeConfig = {
    rooms: r.optArray('rooms', parseRoom) ?? [],
    receptions: r.optArray('receptions', parseReception) ?? [],
    gateway: r.optArray('gateway', parseGatewayRule) ?? [],
    dialOut: {...DEFAULT_DIAL_OUT, ...(r.has('dialOut') ? parseDialOut(r.raw('dialOut'), 'config.dialOut') : {})},
    limits: r.has('limits') ? parseLimits(r.raw('limits'), 'config.limits') : DEFAULT_LIMITS,
  };
  const seen = new Set<string>();
  for (const entry of [...config.rooms, ...config.receptions]) {
    for (const alias of entry.aliases) {
      const key = alias.toLowerCase();
      if (seen.has(key)) throw new ConfigError(`alias "${alias}" is used twice`);
      seen.add(key);
    }
  }
  const roomAliases = new Set(config.rooms.flatMap((room) => room.aliases.map((alias) => alias.toLowerCase())));
  for (const reception of config.receptions) {
    for (const [extension, target] of reception.extensions) {
      if (!roomAliases.has(target.toLowerCase())) {
        throw new ConfigError(`reception ${reception.aliases[0]} extension ${extension} leads to unknown room "${target}"`);
      }
    }
  }
  return config;
}
