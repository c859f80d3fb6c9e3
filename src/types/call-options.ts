// Plain types and limits shared by the link parameters (src/link) and the session (src/session),
// kept below both so that the link layer takes nothing from the session.

export type Role = 'host' | 'guest';

/**
 * How media is sent: camera and microphone, microphone only, or neither (presentation and
 * conference control only, as Infinity Connect calls it).
 */
export type JoinMode = 'audio-video' | 'audio-only' | 'control-only';

/** Call bandwidth in kbps: the range Infinity Connect offers, and its default. */
export const BANDWIDTH_MIN = 256;
export const BANDWIDTH_MAX = 1864;
export const BANDWIDTH_DEFAULT = 576;
