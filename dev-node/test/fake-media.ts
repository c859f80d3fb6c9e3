import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type Browser, chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';

export type Rgb = readonly [number, number, number];

/** Full-range RGB to video-range BT.601 YUV, as a camera's I420 frames hold it. */
function toYuv([r, g, b]: Rgb): [number, number, number] {
  const y = 16 + 0.257 * r + 0.504 * g + 0.098 * b;
  const u = 128 - 0.148 * r - 0.291 * g + 0.439 * b;
  const v = 128 + 0.439 * r - 0.368 * g - 0.071 * b;
  return [Math.round(y), Math.round(u), Math.round(v)];
}

/**
 * A directory of per-participant fake devices for Chromium: a solid-colour y4m camera
 * (`--use-file-for-fake-video-capture`) and a WAV sine tone (`--use-file-for-fake-audio-capture`).
 */
export class FakeMedia {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'pex-fake-media-'));

  /** One second of a solid colour at 15 fps (Chromium loops the file). */
  camera(name: string, colour: Rgb, width = 320, height = 180): string {
    const [y, u, v] = toYuv(colour);
    const frame = Buffer.alloc(width * height * 1.5);
    frame.fill(y, 0, width * height);
    frame.fill(u, width * height, width * height * 1.25);
    frame.fill(v, width * height * 1.25);
    const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F15:1 Ip A1:1 C420jpeg\n`);
    const frames = Array.from({length: 15}, () => [Buffer.from('FRAME\n'), frame]).flat();
    const file = path.join(this.dir, `${name}.y4m`);
    writeFileSync(file, Buffer.concat([header, ...frames]));
    return file;
  }

  /** Two seconds of a steady sine tone, 48 kHz mono 16-bit PCM (Chromium loops the file). */
  tone(name: string, hertz: number, amplitude = 0.3): string {
    const rate = 48_000;
    const samples = rate * 2;
    const wav = Buffer.alloc(44 + samples * 2);
    wav.write('RIFF', 0);
    wav.writeUInt32LE(36 + samples * 2, 4);
    wav.write('WAVEfmt ', 8);
    wav.writeUInt32LE(16, 16);
    wav.writeUInt16LE(1, 20);
    wav.writeUInt16LE(1, 22);
    wav.writeUInt32LE(rate, 24);
    wav.writeUInt32LE(rate * 2, 28);
    wav.writeUInt16LE(2, 32);
    wav.writeUInt16LE(16, 34);
    wav.write('data', 36);
    wav.writeUInt32LE(samples * 2, 40);
    for (let index = 0; index < samples; index++) {
      wav.writeInt16LE(Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * hertz * index) / rate)), 44 + index * 2);
    }
    const file = path.join(this.dir, `${name}.wav`);
    writeFileSync(file, wav);
    return file;
  }

  /** A Chromium whose fake camera and microphone play these files. */
  launch(camera: string, microphone?: string): Promise<Browser> {
    const args = [...chromiumArgs, `--use-file-for-fake-video-capture=${camera}`];
    if (microphone) args.push(`--use-file-for-fake-audio-capture=${microphone}`);
    return chromium.launch({executablePath: chromiumPath, headless: true, args});
  }

  remove(): void {
    rmSync(this.dir, {recursive: true, force: true});
  }
}
