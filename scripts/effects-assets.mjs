// The files background effects and noise suppression load at run time (see src/effects/assets.ts),
// by their name in the assets folder and where they come from. The build writes them to
// dist/effects/; the test server serves them at the path the source asks for.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {selfieModelForTasks} from './tflite-metadata.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
// Not require.resolve: media-processor's `exports` leave out its package.json and its worker.
const packageDir = (name) => join(root, 'node_modules', name);

/** name in the assets folder -> {source: absolute path, contents(): bytes} */
export function effectsAssetFiles() {
  const processor = packageDir('@pexip/media-processor');
  const vision = packageDir('@mediapipe/tasks-vision');
  const backgrounds = join(root, 'src/effects/backgrounds');
  const sources = {
    'media-worker.js': join(processor, 'dist/workers/mediaWorker.js'),
    'denoise.worklet.js': join(processor, 'dist/worklets/denoise.worklet.js'),
    'denoise_bg.wasm': join(packageDir('@pexip/denoise'), 'denoise_bg.wasm'),
    'vision_wasm_internal.js': join(vision, 'wasm/vision_wasm_internal.js'),
    'vision_wasm_internal.wasm': join(vision, 'wasm/vision_wasm_internal.wasm'),
    'selfie_segmentation.tflite': join(packageDir('@mediapipe/selfie_segmentation'), 'selfie_segmentation.tflite'),
    ...Object.fromEntries(readdirSync(backgrounds).map((file) => [`backgrounds/${file}`, join(backgrounds, file)])),
  };
  return Object.fromEntries(
    Object.entries(sources).map(([name, source]) => [
      name,
      {
        source,
        contents: () =>
          name.endsWith('.tflite') ? Buffer.from(selfieModelForTasks(readFileSync(source))) : readFileSync(source),
      },
    ])
  );
}

/** The folder src/effects/assets.ts asks for, as written in its source. */
const SOURCE_URL = "new URL('./effects-assets/', import.meta.url)";

/**
 * Rollup: emits every file to `effects/` beside the bundle and points src/effects/assets.ts's
 * default folder there, wherever the chunk that holds it ends up.
 */
export function effectsAssets() {
  return {
    name: 'effects-assets',
    transform(code, id) {
      if (!id.endsWith('src/effects/assets.ts')) return null;
      if (!code.includes(SOURCE_URL)) this.error(`src/effects/assets.ts no longer says ${SOURCE_URL}`);
      let reference;
      for (const [name, {source, contents}] of Object.entries(effectsAssetFiles())) {
        this.addWatchFile(source);
        const emitted = this.emitFile({type: 'asset', fileName: `effects/${name}`, source: contents()});
        if (name === 'media-worker.js') reference = emitted;
      }
      // Same line, same start: the source map stays right (map: null keeps the mappings as they were).
      return {code: code.replace(SOURCE_URL, `new URL('./', import.meta.ROLLUP_FILE_URL_${reference})`), map: null};
    },
  };
}

const TYPES = {js: 'text/javascript', wasm: 'application/wasm', svg: 'image/svg+xml', tflite: 'application/octet-stream'};

/** web-test-runner (root: the repository): serves the folder the source asks for, `src/effects/effects-assets/`. */
export function effectsAssetsMiddleware() {
  const files = effectsAssetFiles();
  const prefix = '/src/effects/effects-assets/';
  return (context, next) => {
    const file = context.path.startsWith(prefix) && files[context.path.slice(prefix.length)];
    if (!file) return next();
    context.type = TYPES[context.path.split('.').pop()];
    context.body = file.contents();
  };
}
