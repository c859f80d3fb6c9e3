import type {PcmFrame} from './wrtc.js';

/** The mixer's format: 10 ms of mono 48 kHz, what libwebrtc delivers and takes per call. */
export const SAMPLE_RATE = 48_000;
export const FRAME_SAMPLES = SAMPLE_RATE / 100;
/**
 * Frames queued per participant before the oldest is dropped: the browsers' clocks and the
 * node's timer drift apart, and a queue that only grows would add delay for ever.
 */
const MAX_QUEUED = 6;

/** 10 ms of a participant's sound as mono 48 kHz (channels averaged, other rates resampled). */
export function toMono48k(frame: PcmFrame): Int16Array {
  const channels = frame.channelCount ?? 1;
  const frames = frame.numberOfFrames ?? frame.samples.length / channels;
  const mono = new Int16Array(FRAME_SAMPLES);
  for (let index = 0; index < FRAME_SAMPLES; index++) {
    const at = Math.min(frames - 1, Math.floor((index * frames) / FRAME_SAMPLES)) * channels;
    let sum = 0;
    for (let channel = 0; channel < channels; channel++) sum += frame.samples[at + channel] ?? 0;
    mono[index] = sum / channels;
  }
  return mono;
}

/**
 * Loudness on the audio-level extension's scale (0 silent … 127 loudest: 127 + dBov of the RMS),
 * so voice switching reads the same numbers as when it read the RTP header extension.
 */
export function loudness(samples: Int16Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / Math.max(1, samples.length)) / 32768;
  return rms === 0 ? 0 : Math.max(0, Math.min(127, Math.round(127 + 20 * Math.log10(rms))));
}

/** One participant's incoming sound, 10 ms frames in arrival order. */
export class AudioQueue {
  private readonly frames: Int16Array[] = [];
  /** Frames dropped because the queue was full (the sender's clock runs fast). */
  dropped = 0;

  push(frame: Int16Array): void {
    this.frames.push(frame);
    if (this.frames.length > MAX_QUEUED) {
      this.frames.shift();
      this.dropped++;
    }
  }

  shift(): Int16Array | undefined {
    return this.frames.shift();
  }
}

/** Adds a frame into a running total. */
export function accumulate(total: Int32Array, frame: Int16Array): void {
  for (let index = 0; index < total.length; index++) total[index] = (total[index] ?? 0) + (frame[index] ?? 0);
}

/** What one listener hears: the total without their own frame, clipped to 16 bits. */
export function mixWithout(total: Int32Array, own: Int16Array | undefined, out: Int16Array): Int16Array {
  for (let index = 0; index < out.length; index++) {
    const value = (total[index] ?? 0) - (own ? (own[index] ?? 0) : 0);
    out[index] = value > 32767 ? 32767 : value < -32768 ? -32768 : value;
  }
  return out;
}
