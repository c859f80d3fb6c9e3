// The effects' options and remembered settings (src/effects/options.ts), and the model metadata the
// build adds (scripts/tflite-metadata.mjs): pure code, checked in Node.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {
  backgroundFromSetting,
  isTooSlow,
  median,
  parseBackgroundSetting,
  parseEffectsOptions,
  type BackgroundPictures,
} from '../../src/effects/options.js';
import {follow, readTable, selfieModelForTasks} from '../../scripts/tflite-metadata.mjs';

describe('parseEffectsOptions', () => {
  test('the effects a page can ask for', () => {
    assert.deepEqual(parseEffectsOptions({background: 'blur-light', noiseSuppression: true}), {
      background: 'blur-light',
      noiseSuppression: true,
    });
    assert.deepEqual(parseEffectsOptions({background: {image: ' /pictures/office.jpg '}}), {
      background: {image: '/pictures/office.jpg'},
      noiseSuppression: false,
    });
    assert.deepEqual(parseEffectsOptions({}), {background: 'none', noiseSuppression: false});
  });

  test('anything else is a TypeError that says what is expected', () => {
    assert.throws(() => parseEffectsOptions(null), {name: 'TypeError', message: /must be an object/});
    assert.throws(() => parseEffectsOptions({background: 'sepia'}), {
      name: 'TypeError',
      message: /"blur-strong" or \{image: url\}; got "sepia"/,
    });
    assert.throws(() => parseEffectsOptions({background: {image: ''}}), {name: 'TypeError', message: /URL of a picture/});
    assert.throws(() => parseEffectsOptions({noiseSuppression: 'yes'}), {name: 'TypeError', message: /true or false/});
  });
});

describe('remembered background', () => {
  const pictures: BackgroundPictures = {builtIn: (name) => `/effects/backgrounds/${name}.svg`, page: '/brand.jpg'};

  test('known values are kept, anything else is none', () => {
    for (const value of [
      'none',
      'blur-light',
      'blur-strong',
      'picture:dusk',
      'picture:lagoon',
      'picture:studio',
      'picture:page',
    ]) {
      assert.equal(parseBackgroundSetting(value), value);
    }
    for (const value of ['picture:gone', 'picture:', 'blur', 42, undefined, {image: 'x'}]) {
      assert.equal(parseBackgroundSetting(value), 'none');
    }
  });

  test('a setting stands for an effect', () => {
    assert.equal(backgroundFromSetting('blur-strong', pictures), 'blur-strong');
    assert.deepEqual(backgroundFromSetting('picture:dusk', pictures), {image: '/effects/backgrounds/dusk.svg'});
    assert.deepEqual(backgroundFromSetting('picture:page', pictures), {image: '/brand.jpg'});
    // The page's picture, remembered on a page that has none now.
    assert.equal(backgroundFromSetting('picture:page', {builtIn: pictures.builtIn}), 'none');
  });
});

describe('too slow', () => {
  test('the median frame against the budget; no frame at all is too slow', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(isTooSlow([40, 60, 900], 100), false, 'one slow first frame does not decide');
    assert.equal(isTooSlow([120, 130, 20], 100), true);
    assert.equal(isTooSlow([], 100), true);
  });
});

describe('the selfie model with TFLite metadata', () => {
  const original = readFileSync('node_modules/@mediapipe/selfie_segmentation/selfie_segmentation.tflite');
  const model: Uint8Array = selfieModelForTasks(new Uint8Array(original));
  const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
  const text = (at: number) => {
    const start = follow(view, at);
    return new TextDecoder().decode(model.subarray(start + 4, start + 4 + view.getUint32(start, true)));
  };

  test('keeps the original model whole, 16-aligned, behind a new root', () => {
    assert.equal(new TextDecoder().decode(model.subarray(4, 8)), 'TFL3');
    const start = model.length - original.length;
    assert.equal(start % 16, 0);
    assert.deepEqual(model.subarray(start), new Uint8Array(original));
  });

  test('has a TFLITE_METADATA entry pointing at an M001 buffer that normalizes 0–255 to 0–1', () => {
    const [, , , description, buffers, , metadata] = readTable(view, follow(view, 0));
    assert.match(text(description), /selfiesegmentation/);
    const entries = follow(view, metadata);
    assert.equal(view.getUint32(entries, true), 1);
    const [name, bufferIndex] = readTable(view, follow(view, entries + 4));
    assert.equal(text(name), 'TFLITE_METADATA');
    const bufferTable = follow(view, follow(view, buffers) + 4 + 4 * view.getUint32(bufferIndex, true));
    const data = follow(view, readTable(view, bufferTable)[0]) + 4;
    assert.equal(data % 16, 0);
    assert.equal(new TextDecoder().decode(model.subarray(data + 4, data + 8)), 'M001');
    // ModelMetadata → subgraph_metadata[0] → input_tensor_metadata[0] → process_units[0] → NormalizationOptions
    const meta = new DataView(model.buffer, model.byteOffset + data);
    const first = (vector: number) => follow(meta, follow(meta, vector) + 4);
    const subgraph = readTable(meta, first(readTable(meta, follow(meta, 0))[3]));
    const tensor = readTable(meta, first(subgraph[2]));
    const unit = readTable(meta, first(tensor[4]));
    assert.equal(meta.getUint8(unit[0]), 1, 'NormalizationOptions');
    const [mean, std] = readTable(meta, follow(meta, unit[1])).map((field: number) =>
      meta.getFloat32(follow(meta, field) + 4, true)
    );
    assert.deepEqual([mean, std], [0, 255]);
  });
});
