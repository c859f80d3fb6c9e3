import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {accumulate, AudioQueue, loudness, mixWithout, toMono48k} from '../src/media/compose/audio-mix.js';
import {pictureSize} from '../src/media/compose/compose-view.js';
import {initials, textMask} from '../src/media/compose/labels.js';
import {isLayoutName, LAYOUT_NAMES, layoutCapacity, layoutTiles, type Rect} from '../src/media/compose/layouts.js';
import {Picture} from '../src/media/compose/picture.js';

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layouts', () => {
  it('every layout keeps its tiles inside the picture, even-aligned and apart', () => {
    for (const layout of LAYOUT_NAMES) {
      for (const count of [1, 2, 3, 4, 5, 7, 9, 16, 40]) {
        const tiles = layoutTiles(layout, count, 640, 360);
        assert.equal(tiles.length, Math.min(count, layoutCapacity(layout)), `${layout} with ${count}`);
        for (const [index, tile] of tiles.entries()) {
          assert.ok(
            tile.x >= 0 && tile.y >= 0 && tile.x + tile.width <= 640 && tile.y + tile.height <= 360,
            `${layout} tile ${index}`
          );
          assert.ok(
            [tile.x, tile.y, tile.width, tile.height].every((value) => value % 2 === 0 && value >= 0),
            `${layout} even`
          );
          for (const other of tiles.slice(index + 1)) assert.ok(!overlaps(tile, other), `${layout} tiles overlap`);
        }
      }
    }
  });

  it('has Pexip’s capacities, the speaker largest, and knows its names', () => {
    assert.deepEqual(
      ['1:0', '1:7', '1:21', '2:21', '1:33', '4:0', '9:0', '16:0', '25:0'].map((name) => layoutCapacity(name as never)),
      [1, 8, 22, 23, 34, 4, 9, 16, 25]
    );
    const [main, small] = layoutTiles('1:7', 8, 640, 360);
    assert.ok(main!.width > 4 * small!.width);
    assert.deepEqual(layoutTiles('4:0', 2, 640, 360), [
      {x: 0, y: 0, width: 320, height: 180},
      {x: 320, y: 0, width: 320, height: 180},
    ]);
    assert.deepEqual(layoutTiles('ac', 2, 640, 360), [
      {x: 0, y: 0, width: 320, height: 360},
      {x: 320, y: 0, width: 320, height: 360},
    ]);
    assert.ok(isLayoutName('9:0') && !isLayoutName('3:3') && !isLayoutName(undefined));
  });
});

describe('pictures and labels', () => {
  it('scales a camera picture to cover its tile and fills the rest', () => {
    const camera = new Picture(320, 180);
    camera.fill({x: 0, y: 0, width: 160, height: 180}, {y: 80, u: 90, v: 240});
    camera.fill({x: 160, y: 0, width: 160, height: 180}, {y: 150, u: 50, v: 30});
    const picture = new Picture(640, 360);
    picture.fill({x: 0, y: 0, width: 640, height: 360}, {y: 16, u: 128, v: 128});
    picture.drawCover({x: 320, y: 180, width: 320, height: 180}, camera);
    const y = (x: number, row: number): number => picture.data[row * 640 + x]!;
    const v = (x: number, row: number): number => picture.data[640 * 360 * 1.25 + (row >> 1) * 320 + (x >> 1)]!;
    assert.deepEqual([y(10, 10), y(330, 190), y(630, 350)], [16, 80, 150]);
    assert.deepEqual([v(330, 190), v(630, 350)], [240, 30]);
  });

  it('renders text once and reuses it; initials as a placeholder shows them', () => {
    const mask = textMask('Ann', 20, 400);
    assert.equal(mask.height, 20);
    assert.ok(mask.alpha.some((alpha) => alpha > 200));
    assert.equal(textMask('Ann', 20, 400), mask);
    assert.ok(textMask('A very long name indeed', 20, 60).width <= 60);
    assert.deepEqual(['Ann Berg', 'bob', ' Åse  von Ø ', ''].map(initials), ['AB', 'B', 'ÅØ', '?']);
  });

  it('sizes the picture by the call’s bandwidth', () => {
    assert.deepEqual(
      [pictureSize(undefined), pictureSize(2464), pictureSize(384), pictureSize(128)],
      [
        [640, 360],
        [640, 360],
        [480, 270],
        [320, 180],
      ]
    );
  });
});

describe('audio mixing', () => {
  const tone = (value: number): Int16Array => new Int16Array(480).fill(value);

  it('gives each listener everyone but themselves, clipped', () => {
    const total = new Int32Array(480);
    for (const frame of [tone(1000), tone(20_000), tone(20_000)]) accumulate(total, frame);
    assert.equal(mixWithout(total, tone(1000), new Int16Array(480))[0], 32767);
    assert.equal(mixWithout(total, tone(20_000), new Int16Array(480))[0], 21_000);
    const quiet = new Int32Array(480);
    accumulate(quiet, tone(-30_000));
    accumulate(quiet, tone(-30_000));
    assert.equal(mixWithout(quiet, undefined, new Int16Array(480))[0], -32768);
  });

  it('reads loudness on the audio-level scale and turns stereo or other rates into mono 48 kHz', () => {
    assert.equal(loudness(tone(0)), 0);
    assert.equal(loudness(tone(32767)), 127);
    assert.equal(loudness(tone(328)), 87);
    const stereo = new Int16Array(960);
    for (let index = 0; index < 480; index++) stereo.set([100, 300], index * 2);
    assert.deepEqual(
      [...toMono48k({samples: stereo, sampleRate: 48_000, channelCount: 2, numberOfFrames: 480}).slice(0, 2)],
      [200, 200]
    );
    const low = toMono48k({samples: new Int16Array(160).fill(7), sampleRate: 16_000, channelCount: 1, numberOfFrames: 160});
    assert.equal(low.length, 480);
    assert.equal(low[479], 7);
  });

  it('queues a few frames and drops the oldest beyond that', () => {
    const queue = new AudioQueue();
    for (let index = 0; index < 8; index++) queue.push(tone(index));
    assert.equal(queue.dropped, 2);
    assert.equal(queue.shift()?.[0], 2);
  });
});
