import type {StringKey} from '../../i18n/en.js';
import type {ConferenceState} from '../../session/types.js';
import type {NoticesController} from '../shared/notices.js';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/**
 * What a state change tells the user in `<pex-conference>`'s notices: our presentation was
 * taken over or refused; we joined with less media than asked for, or the camera went (never a
 * blank view left unexplained).
 */
export function noticeStateChange(
  notices: NoticesController,
  t: Translate,
  state: ConferenceState,
  previous: ConferenceState
): void {
  const {stoppedReason, presenterName} = state.presentation;
  if (stoppedReason && stoppedReason !== previous.presentation.stoppedReason && stoppedReason !== 'ended') {
    const key = stoppedReason === 'taken-over' ? 'call.presentation-taken-over' : 'call.presentation-refused';
    notices.notify('presentation', t(key, {name: presenterName ?? ''}), stoppedReason === 'refused');
  }
  if (previous.transfer && !state.transfer && state.phase === 'in-call' && state.conference === previous.conference)
    notices.notify('transfer', t('transfer.cancelled'));
  const {fallback, mode} = state.media;
  if (fallback === previous.media.fallback) return;
  if (!fallback) notices.dismiss('media-fallback');
  else if (fallback.reason === 'camera-ended') notices.notify('media-fallback', t('fallback.camera-ended'));
  else if (mode !== 'audio-video') notices.notify('media-fallback', t(`fallback.${mode}.${fallback.reason}`));
}
