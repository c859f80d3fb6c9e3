import type {Stats} from '@pexip/infinity';
import type {CallStats, DirectionStats, StreamStats} from './types.js';

type SdkMetrics = NonNullable<Stats['inbound']['video']>;

function toStreamStats(metrics: SdkMetrics | undefined): StreamStats | undefined {
  if (!metrics) return undefined;
  return Object.freeze({
    bitrate: metrics.bitrate,
    packets: metrics.packetsTransmitted,
    packetsLost: metrics.packetsLost,
    recentLossPercent: metrics.recentPercentageLost === undefined ? undefined : metrics.recentPercentageLost * 100,
    jitter: metrics.jitter,
    codec: metrics.codec?.replace(/^(audio|video)\//, ''),
    resolution: metrics.resolution,
    framesPerSecond: metrics.framesPerSecond,
  });
}

function toDirectionStats(direction: Stats['inbound'] | Stats['outbound']): DirectionStats {
  return Object.freeze({
    audio: toStreamStats(direction.audio),
    video: toStreamStats(direction.video),
    presentation: toStreamStats(direction.preso),
  });
}

/** The SDK's per-second statistics, as plain data. */
export function toCallStats(stats: Stats): CallStats {
  return Object.freeze({inbound: toDirectionStats(stats.inbound), outbound: toDirectionStats(stats.outbound), at: Date.now()});
}
