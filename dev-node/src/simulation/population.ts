import {randomUUID} from 'node:crypto';
import type {Conference} from '../conference/conference.js';
import {Participant, type ServiceType} from '../conference/participant.js';
import type {SimulatedParticipantConfig} from '../config/types.js';

const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Grace',
  'Linus',
  'Margaret',
  'Dennis',
  'Barbara',
  'Ken',
  'Frances',
  'Edsger',
  'Radia',
  'Tim',
  'Hedy',
  'Claude',
  'Katherine',
  'John',
  'Sophie',
  'Donald',
  'Lynn',
  'Niklaus',
];
const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Ritchie',
  'Liskov',
  'Thompson',
  'Allen',
  'Dijkstra',
  'Perlman',
  'Berners-Lee',
  'Lamarr',
  'Shannon',
  'Johnson',
  'Backus',
  'Wilson',
  'Knuth',
  'Conway',
  'Wirth',
];
const PROTOCOLS = ['sip', 'webrtc', 'api', 'h323', 'mssip'] as const;
const DEFAULT_CHAT_INTERVAL_SECONDS = 20;

/** The entry at index of a non-empty list, counting round it again and again. */
function cyclicPick<T>(list: readonly T[], index: number): T {
  const entry = list[index % list.length];
  if (entry === undefined) throw new Error('cyclicPick needs a non-empty list');
  return entry;
}

/** The i-th generated participant: a deterministic mix of every state the roster can show. */
function generatedParticipant(index: number): SimulatedParticipantConfig {
  // The first 20 are the famous pairs (the default chat script speaks as some of them).
  const first = cyclicPick(FIRST_NAMES, index);
  const last = cyclicPick(LAST_NAMES, index + Math.floor(index / FIRST_NAMES.length));
  const round = Math.floor(index / (FIRST_NAMES.length * LAST_NAMES.length));
  const state = index % 25 === 3 ? 'calling' : index % 25 === 7 ? 'waiting' : 'connected';
  return {
    displayName: round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`,
    role: index % 5 === 0 ? 'chair' : 'guest',
    state,
    muted: index % 3 === 1,
    videoMuted: index % 7 === 2,
    audioOnly: index % 11 === 4,
    handRaised: index % 13 === 5,
    speaking: state === 'connected' && index % 17 === 0 && index < 60,
    presenting: index === 1,
    streaming: index === 9,
    protocol: index === 9 ? 'rtmp' : cyclicPick(PROTOCOLS, index),
  };
}

const SERVICE_TYPES: Record<NonNullable<SimulatedParticipantConfig['state']>, ServiceType> = {
  connected: 'conference',
  calling: 'connecting',
  waiting: 'waiting_room',
};

function simulatedParticipant(conference: Conference, config: SimulatedParticipantConfig): Participant {
  const state = config.state ?? 'connected';
  const participant = new Participant({
    kind: 'simulated',
    displayName: config.displayName,
    role: config.role ?? 'guest',
    serviceType: SERVICE_TYPES[state],
    protocol: config.streaming ? 'rtmp' : (config.protocol ?? 'sip'),
    callDirection: state === 'calling' ? 'out' : 'in',
    localAlias: conference.primaryAlias,
    uri: `sip:${config.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`,
  });
  participant.muted = config.muted ?? false;
  participant.videoMuted = config.videoMuted ?? false;
  participant.streaming = config.streaming ?? false;
  participant.buzzTime = config.handRaised ? participant.startTime : 0;
  participant.hasMedia = state !== 'calling';
  participant.media = !participant.hasMedia ? 'none' : config.audioOnly ? 'audio' : 'video';
  return participant;
}

/**
 * Fills a room from its `simulated` section: signalling-only participants (some muted,
 * presenting, speaking, calling, waiting, streaming, with raised hands) and a chat script posted
 * in a loop. A simulated presenter is a roster flag only: there are no slides to receive.
 */
export function populate(conference: Conference): void {
  const simulation = conference.config.simulated;
  if (!simulation) return;
  const configs = [
    ...(simulation.participants ?? []),
    ...Array.from({length: simulation.count ?? 0}, (_, index) => generatedParticipant(index)),
  ];
  let presenterShown = false;
  const byName = new Map<string, Participant>();
  for (const config of configs) {
    const participant = simulatedParticipant(conference, config);
    if (config.presenting && !presenterShown && participant.isAdmitted) {
      participant.presenting = true;
      presenterShown = true;
    }
    conference.join(participant);
    if (config.speaking && participant.isAdmitted) conference.simulatedSpeakers.add(participant.uuid);
    if (!byName.has(participant.displayName)) byName.set(participant.displayName, participant);
  }

  const script = simulation.chatScript ?? [];
  if (script.length === 0) return;
  let next = 0;
  conference.every((simulation.chatIntervalSeconds ?? DEFAULT_CHAT_INTERVAL_SECONDS) * 1000, () => {
    const line = cyclicPick(script, next++);
    const sender = byName.get(line.from);
    conference.postMessage({
      at: Date.now(),
      fromUuid: sender && conference.participants.has(sender.uuid) ? sender.uuid : randomUUID(),
      from: line.from,
      type: 'text/plain',
      payload: line.text,
    });
  });
}
