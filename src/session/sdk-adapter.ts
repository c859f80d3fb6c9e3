import type {CallSignals, ClientCallType, InfinityClient, InfinitySignals} from '@pexip/infinity';
import {browserBatchClock, createBatchScheduler} from './batching.js';
import type {SessionCore} from './core.js';
import type {InfinitySdk} from './infinity-sdk.js';
import {isAnswerError} from './requests.js';
import {wantsPresentationVideo} from './selectors.js';
import {enterMeeting, type Ending} from './signals/joining.js';
import {withFeatureFlags, withSelf} from './signals/rooms.js';
import type {JoinMode} from './types.js';

/** The PIN a guest sends to a room that has a host PIN but no guest PIN. */
export const GUEST_WITHOUT_PIN = 'none';
/**
 * What SDK 20.0.0 logs when its event stream broke and it retries (it emits no signal for it;
 * eventSource.js). The SDK is pinned, so this text is stable.
 */
const EVENT_STREAM_RETRY_LOG = 'EventSource error, Trying to reconnect';
/**
 * What it logs before each token refresh attempt. A refresh answered 403 is retried at once,
 * without pause (protocol notes §1.2), so while the stream is down each attempt asks the node
 * whether it still knows the call: that ends such a loop within a request or two.
 */
const TOKEN_REFRESH_LOG = 'trying to refresh token';

type SdkLogger = Parameters<InfinitySdk['setLogger']>[0];

/** The most participant events one batch holds: a full buffer is delivered at once. */
const PARTICIPANT_BATCH_SIZE = 200;

/** What the SDK says only in its log, and the session needs to know. */
export interface SdkLogWatcher {
  /** The event stream broke; the SDK retries. */
  eventStreamRetry(): void;
  /** The SDK is about to refresh its token. */
  tokenRefresh(): void;
  /** An answer of the node failed the SDK's validation. */
  badAnswer(): void;
}

/** An SDK client with its signals. */
export interface SdkClient {
  readonly client: InfinityClient;
  readonly signals: InfinitySignals;
  readonly callSignals: CallSignals;
  /** The event stream's own signals, for the one the client does not pass on (`presentation_frame`). */
  readonly eventSignals: InfinitySdk['eventSignals'];
}

/**
 * Creates the SDK's client and signals, with its logs kept off the page's console: its log is
 * also the only place where it says that its event stream broke or that an answer failed its
 * validation, so both are watched for here. Attach to the signals before the first request.
 */
export function createSdkClient(sdk: InfinitySdk, watcher: SdkLogWatcher): SdkClient {
  const signals = sdk.createInfinityClientSignals(['onPinRequired', 'onParticipants', 'onError', 'onCallConnected'], {
    batchScheduleTimeoutMS: 50,
    batchBufferSize: PARTICIPANT_BATCH_SIZE,
  });
  // The participant signals again, delivered by our scheduler instead of the SDK's fixed delay.
  const schedule = createBatchScheduler(browserBatchClock);
  for (const name of ['onParticipantJoined', 'onParticipantUpdated', 'onParticipantLeft'] as const) {
    signals[name] = sdk.createSignal({
      variant: 'batched',
      name: `infinity/:${name}`,
      bufferSize: PARTICIPANT_BATCH_SIZE,
      emitImmediatelyWhenFull: true,
      schedule,
    });
  }
  const callSignals = sdk.createCallSignals([]);
  sdk.setLogger({
    ...quietLogger,
    debug: (_meta: unknown, message?: string) => {
      if (message === EVENT_STREAM_RETRY_LOG) watcher.eventStreamRetry();
      else if (message === TOKEN_REFRESH_LOG) watcher.tokenRefresh();
    },
    error: (meta: unknown, message?: string) => {
      if (isAnswerError((meta as {error?: unknown} | undefined)?.error)) watcher.badAnswer();
      quietLogger.error(meta, message);
    },
  });
  sdk.setPeerConnectionLogger(quietLogger);
  sdk.setSignalLogger(quietLogger);
  return {client: sdk.createInfinityClient(signals, callSignals), signals, callSignals, eventSignals: sdk.eventSignals};
}

/** What a token request may carry besides the join options. */
export interface Credentials {
  readonly pin?: string;
  readonly conferenceExtension?: string;
  /** The identity provider chosen in a single sign-on room, and the token its sign-in gave. */
  readonly chosenIdp?: string;
  readonly ssoToken?: string;
  /** A transfer's one-time token for the conference we are moved to. */
  readonly token?: string;
}

/**
 * Asks the node for a token (request_token through the SDK's `call`): on success we are in the
 * meeting or its waiting room. A PIN or extension the node wants, or a refusal, arrives as a
 * signal; only a node that cannot be reached ends the join here.
 */
export async function requestToken(core: SessionCore, sdk: InfinitySdk, credentials: Credentials): Promise<Ending | undefined> {
  const {client, options, store} = core;
  if (!client || !options) return undefined;
  try {
    const response = await core.timed(
      client.call({
        host: options.node,
        conferenceAlias: options.conference.trim(),
        displayName: options.displayName.trim(),
        bandwidth: options.bandwidth,
        callType: callTypeFor(sdk, store.state.media.mode, wantsPresentationVideo(store.state)),
        mediaStream: store.state.media.local,
        directMedia: false,
        // We take private chat messages; the roster says who else does.
        supportsDirectChat: true,
        ...credentials,
      })
    );
    if (response?.status !== 200) return undefined;
    const {participant_uuid, role, version} = response.data.result;
    // pseudo_version is the full release string ("37.0.0…"); version_id alone is the major.
    const serverVersion = version.pseudo_version || version.version_id || undefined;
    const forceGuest = Boolean(options.forceGuest);
    store.update((state) => ({
      ...withFeatureFlags(
        withSelf(state, participant_uuid, role === 'HOST' ? 'host' : 'guest', forceGuest),
        client.conferenceFeatureFlags
      ),
      serverVersion,
      ssoRequest: undefined,
    }));
    if (store.state.phase === 'connecting') store.update((state) => enterMeeting(state, client.serviceType));
    return undefined;
  } catch (error) {
    return {phase: 'failed', reason: {code: 'node-unreachable', detail: String(error)}};
  }
}

/**
 * The SDK call type for a join mode. "Presentation and control only" still negotiates the
 * presentation m-line, so that such a participant can view and share presentations; the others
 * leave it out when `presentationVideo` is false (still-image presentations).
 */
export function callTypeFor(sdk: InfinitySdk, mode: JoinMode, presentationVideo = true): ClientCallType {
  const {ClientCallType} = sdk;
  switch (mode) {
    case 'audio-video':
      return presentationVideo ? ClientCallType.AudioVideoPresentation : ClientCallType.AudioVideo;
    case 'audio-only':
      return presentationVideo ? ClientCallType.AudioPresentation : ClientCallType.Audio;
    case 'control-only':
      return ClientCallType.Presentation;
  }
}

/** Keeps the SDK's chatter out of the host page's console; its errors still show as warnings. */
const quietLogger: SdkLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (meta: unknown, message?: string) => console.warn('[pex-connect] SDK:', message ?? '', meta),
  fatal: (meta: unknown, message?: string) => console.warn('[pex-connect] SDK:', message ?? '', meta),
  silent: () => undefined,
  addRedactPattern: () => undefined,
  redact: (text: string) => text,
};
