import {RTCPeerConnection, RTCRtpCodecParameters} from 'werift';

/**
 * A werift peer that makes the offer the SDK makes (audio, main video, inactive slides, each
 * with `a=content`), for signalling tests that need a real SDP but no browser.
 */
export class OfferingPeer {
  readonly pc = new RTCPeerConnection({
    iceServers: [],
    iceUseIpv6: false,
    bundlePolicy: 'max-bundle',
    codecs: {
      audio: [new RTCRtpCodecParameters({mimeType: 'audio/opus', clockRate: 48_000, channels: 2})],
      video: [new RTCRtpCodecParameters({mimeType: 'video/VP8', clockRate: 90_000})],
    },
  });

  constructor() {
    this.pc.addTransceiver('audio', {direction: 'sendrecv'});
    this.pc.addTransceiver('video', {direction: 'sendrecv'});
    this.pc.addTransceiver('video', {direction: 'inactive'});
  }

  /** An offer text with the content attributes added, as the SDK sends it. */
  async offer(slides: 'inactive' | 'sendonly' | 'recvonly' = 'inactive'): Promise<string> {
    this.pc.getTransceivers()[2]!.setDirection(slides);
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    const contents = ['main', 'main', 'slides'];
    let index = -1;
    return (this.pc.localDescription?.sdp ?? offer.sdp)
      .split('\r\n')
      .flatMap((line) => {
        if (line.startsWith('m=')) index++;
        return line.startsWith('a=mid:') ? [line, `a=content:${contents[index]}`] : [line];
      })
      .join('\r\n');
  }

  async close(): Promise<void> {
    await this.pc.close();
  }
}
