import type {InfinityClient, RoomID} from '@pexip/infinity';
import type {ConnectionHealth} from './connection-health.js';
import {arrivals, departures} from './derived-events.js';
import type {Emitter} from './emitter.js';
import type {PresentationReceiving} from './presentation-receiving.js';
import type {Presenting} from './presenting.js';
import type {SdkClient} from './sdk-adapter.js';
import * as breakouts from './signals/breakouts.js';
import * as captions from './signals/captions.js';
import * as conference from './signals/conference.js';
import * as joining from './signals/joining.js';
import * as layouts from './signals/layouts.js';
import * as meeting from './signals/meeting.js';
import * as presentation from './signals/presentation.js';
import * as rooms from './signals/rooms.js';
import * as sso from './signals/sso.js';
import type {Store} from './store.js';
import type {ConferenceState, SessionEventMap} from './types.js';

/** What the signals act on, besides the state. */
export interface SignalTargets {
  readonly store: Store<ConferenceState>;
  readonly events: Emitter<SessionEventMap>;
  readonly health: ConnectionHealth;
  readonly presenting: Presenting;
  readonly receiving: PresentationReceiving;
  /** Joined with `forceGuest`: no host controls even as a host. */
  readonly forceGuest: boolean;
  /** Set when the SDK rejected an answer of the node, so that the disconnect it causes is worded so. */
  readonly badAnswer: () => boolean;
  /** Ends the meeting or fails the join. */
  end(ending: joining.Ending): void;
  /** Asks again for a token with this identity provider (a room that offers only one). */
  chooseIdentityProvider(providerId: string): void;
  /** Joins the conference a host or the node moved us to, with its one-time token. */
  followTransfer(alias: string, token: string): void;
}

type Detach = () => void;

/**
 * Connects the SDK's signals to their handlers: each signal's pure handler makes the next state;
 * the few effects (ending, health, our presentation, participants' arrivals) are done here.
 * Returns the functions that detach them all.
 */
export function connectSignals({signals, callSignals, eventSignals, client}: SdkClient, targets: SignalTargets): Detach[] {
  const {store, events, health, presenting, receiving, forceGuest} = targets;
  const apply = (handler: (state: ConferenceState) => ConferenceState) => store.update(handler);
  const applyOrEnd = (outcome: ConferenceState | joining.Ending | undefined) => {
    if (!outcome) return;
    if (joining.isEnding(outcome)) targets.end(outcome);
    else store.update(outcome);
  };
  /** Participants joining and leaving are told by their signals (a full list is no news). */
  const telling = (handler: (state: ConferenceState) => ConferenceState) => {
    const before = store.state;
    apply(handler);
    for (const participant of departures(before, store.state)) events.emit('participant-leave', {participant});
    for (const participant of arrivals(before, store.state)) events.emit('participant-join', {participant});
  };
  const me = (sdkClient: InfinityClient) => sdkClient.getMe();
  /** Until the call ends (which detaches these signals): what a signal began after that is no news. */
  let attached = true;
  return [
    () => {
      attached = false;
    },
    // Joining
    signals.onPinRequired.add((payload) => apply((state) => joining.onPinRequired(state, payload))),
    signals.onExtension.add((type) => apply((state) => joining.onExtension(state, type))),
    signals.onError.add((payload) => applyOrEnd(joining.onError(store.state, payload))),
    signals.onDisconnected.add((payload) => applyOrEnd(joining.onDisconnected(store.state, payload, targets.badAnswer()))),
    signals.onAuthenticatedWithConference.add((payload) => {
      health.token = payload.token;
      apply((state) => joining.onAuthenticatedWithConference(state, payload));
    }),
    signals.onTokenRefreshed.add(({token}) => {
      health.token = token;
    }),
    // Emitted each time the event stream opens: after a break, it is back.
    signals.onConnected.add(() => health.setEventStreamLost(false)),
    signals.onIdp.add((idps) => {
      apply((state) => sso.onIdp(state, idps));
      if (idps.length === 1) targets.chooseIdentityProvider(idps[0].uuid);
    }),
    signals.onRedirect.add((redirect) => apply((state) => sso.onRedirect(state, redirect))),
    signals.onTransfer.add((details) => {
      apply((state) => conference.onTransfer(state, details));
      targets.followTransfer(details.alias, details.token);
    }),
    signals.onCancelTransfer.add(() => apply(conference.onCancelTransfer)),
    signals.onServiceType.add((serviceType) => apply((state) => joining.onServiceType(state, serviceType))),
    // Rooms
    signals.onMe.add((payload) => apply((state) => rooms.onMe(state, payload, forceGuest))),
    signals.onParticipants.add((payload) => apply((state) => rooms.onParticipants(state, payload, me(client), forceGuest))),
    signals.onParticipantJoined.add((payload) => telling((state) => rooms.onParticipantJoined(state, payload))),
    signals.onParticipantUpdated.add((payload) => apply((state) => rooms.onParticipantUpdated(state, payload))),
    signals.onParticipantLeft.add((payload) => telling((state) => rooms.onParticipantLeft(state, payload))),
    signals.onStage.add((stages) => apply((state) => rooms.onStage(state, stages))),
    signals.onConferenceStatus.add((payload) => apply((state) => rooms.onConferenceStatus(state, payload))),
    // Meeting
    signals.onMyselfMuted.add((muted) => apply((state) => meeting.onMyselfMuted(state, muted))),
    signals.onMessage.add((message) => apply((state) => meeting.onMessage(state, message))),
    // Live captions
    signals.onConferenceStatus.add((payload) =>
      apply((state) => captions.onConferenceStatus(state, payload, state.breakouts.currentRoomId))
    ),
    signals.onLiveCaptions.add((payload) => apply((state) => captions.onLiveCaptions(state, payload, Date.now()))),
    // Layouts
    signals.onRequestedLayout.add((payload) => apply((state) => layouts.onRequestedLayout(state, payload))),
    signals.onLayoutOverlayTextEnabled.add((payload) => apply((state) => layouts.onLayoutOverlayTextEnabled(state, payload))),
    // Breakout rooms: the call follows a host's move, with no new pre-join.
    signals.onConferenceStatus.add((payload) => apply((state) => breakouts.onConferenceStatus(state, payload))),
    signals.onBreakoutBegin.add((payload) => apply((state) => breakouts.onBreakoutBegin(state, payload))),
    signals.onBreakoutEnd.add((payload) => apply((state) => breakouts.onBreakoutEnd(state, payload))),
    signals.onBreakoutRefer.add((payload) => {
      apply((state) => breakouts.onBreakoutRefer(state, payload));
      void receiving.sync(() => followRefer(client, store, payload.breakoutUuid, () => attached));
    }),
    signals.onApplicationMessage.add((message) => events.emit('application-message', conference.toApplicationMessage(message))),
    signals.onSplashScreen.add((splash) => {
      apply((state) => conference.onSplashScreen(state, splash, Date.now()));
      const shown = store.state.splash;
      if (shown?.until === undefined) return;
      setTimeout(() => {
        if (store.state.splash === shown) store.update({splash: undefined});
      }, shown.until - Date.now());
    }),
    // Media
    callSignals.onRemoteStream.add((stream) => apply((state) => meeting.onRemoteStream(state, stream))),
    callSignals.onRemotePresentationStream.add((stream) => apply((state) => meeting.onRemotePresentationStream(state, stream))),
    callSignals.onPresentationConnectionChange.add((change) => presenting.onConnectionChange(change)),
    eventSignals.onPresentationFrame.add((frameId) => {
      apply((state) => presentation.onPresentationFrame(state, frameId));
      void receiving.fetchStill();
    }),
    ...receiving.watch(eventSignals, callSignals),
    callSignals.onCallQuality.add((quality) => apply((state) => conference.onCallQuality(state, quality))),
    callSignals.onRtcStats.add((stats) => apply((state) => meeting.onRtcStats(state, stats))),
    callSignals.onReconnecting.add(() => health.setMediaStalled(true)),
    callSignals.onReconnected.add(() => health.setMediaStalled(false)),
  ];
}

/**
 * Moves our call into the room a host sent us to (or back), and keeps our captions on there. The
 * SDK starts that call with its default call type: the caller syncs the presentation m-line after.
 * `live` is false once the call ended: the SDK ends the whole session when a critical request of
 * the call it leaves fails (its `ack`, say), and still carries on with the move; nothing moved then.
 */
async function followRefer(
  client: InfinityClient,
  store: Store<ConferenceState>,
  roomId: string,
  live: () => boolean
): Promise<void> {
  await client.joinBreakoutRoom({breakoutUuid: roomId as RoomID}).catch(() => undefined);
  if (!live()) return;
  store.update((state) => breakouts.withCallRoom(state, client.roomId));
  if (store.state.captions.enabled) await client.liveCaptions({enable: true}).catch(() => undefined);
}
