import {html, type TemplateResult} from 'lit';
import type {StringKey} from '../../i18n/en.js';
import type {ConferenceState} from '../../session/types.js';
import {icon} from '../icons.js';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/**
 * How well the call gets through (the SDK's measure of our audio: good, fair, poor), with the
 * numbers behind it in the tooltip. Colour never says it alone: the label does.
 */
export function renderCallQuality(state: ConferenceState, t: Translate): TemplateResult {
  const label = t(`call.quality.${state.callQuality}`);
  const audio = state.stats?.inbound.audio;
  const details = audio
    ? t('call.quality.details', {
        loss: (audio.recentLossPercent ?? 0).toFixed(1),
        jitter: Math.round((audio.jitter ?? 0) * 1000),
      })
    : '';
  return html`<span
    part="call-quality"
    class="call-quality ${state.callQuality}"
    role="img"
    aria-label=${label}
    title=${details ? `${label}. ${details}` : label}
    >${icon('signal')}</span
  >`;
}
