import {noDevices, type DeviceList, type MediaDevice} from './types.js';

function toDevices(infos: readonly MediaDeviceInfo[], kind: MediaDeviceKind): readonly MediaDevice[] {
  // Before permission is granted, browsers list devices without ids or labels: those are useless.
  const devices = infos.filter((info) => info.kind === kind && info.deviceId);
  return Object.freeze(devices.map((info, index) => ({id: info.deviceId, label: info.label || `${kind} ${index + 1}`})));
}

/** Whether the browser can send audio to a chosen output (`HTMLMediaElement.setSinkId`). */
export function canChooseSpeaker(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/** The cameras, microphones and (where it can be chosen) speakers the browser offers. */
export async function listDevices(): Promise<DeviceList> {
  // Absent outside secure contexts; the DOM types say it is always there.
  if (!(navigator.mediaDevices as Partial<MediaDevices> | undefined)?.enumerateDevices) return noDevices;
  const infos = await navigator.mediaDevices.enumerateDevices();
  return Object.freeze({
    cameras: toDevices(infos, 'videoinput'),
    microphones: toDevices(infos, 'audioinput'),
    speakers: canChooseSpeaker() ? toDevices(infos, 'audiooutput') : Object.freeze([]),
  });
}
