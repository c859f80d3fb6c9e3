import {
  createCanvasTransform,
  createSegmenter,
  createVideoProcessor,
  createVideoTrackProcessor,
  createVideoTrackProcessorWithFallback,
  type ImageRecord,
  type InputFrame,
} from '@pexip/media-processor';
import {EFFECTS_FILES, effectsAssetsBase, effectsAssetUrl} from './assets.js';
import {BLUR_AMOUNT, isTooSlow, median, type BackgroundEffect, type EffectsProblem} from './options.js';

/** media-processor's own processing size; a smaller camera is processed at its own size. */
const MAX_PROCESSING_WIDTH = 768;
/** Frames are measured over this long once the model has started answering. */
const MEASURE_MS = 1000;
/** Loading the WebAssembly (9 MB) and the model may take this long on a slow network. */
const FIRST_FRAME_TIMEOUT_MS = 20_000;

export interface FrameMeasurement {
  readonly framesPerSecond: number;
  /** The median time one frame spent in the segmenter and renderer. */
  readonly frameCostMs: number;
}

export type VideoEffectResult =
  | {readonly track: MediaStreamTrack; readonly measurement: FrameMeasurement; release(): Promise<void>}
  | {readonly problem: EffectsProblem};

/** The segmenter's status when its worker failed (media-processor's PROCESS_STATUS.Error). */
const SEGMENTER_ERROR = 'Error';
const SEGMENTER_READY = new Set(['idle', 'processing', 'updated']);

function processingSize(track: MediaStreamTrack): {width: number; height: number} {
  const {width = 640, height = 360} = track.getSettings();
  const scale = Math.min(1, MAX_PROCESSING_WIDTH / width);
  return {width: Math.round(width * scale), height: Math.round(height * scale)};
}

/** The picture drawn to cover the processing size, as the segmenter's renderer wants it. */
async function loadBackground(url: string, size: {width: number; height: number}): Promise<ImageRecord> {
  const image = new Image();
  image.crossOrigin = 'anonymous';
  image.src = url;
  await image.decode();
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  const width = image.naturalWidth || size.width;
  const height = image.naturalHeight || size.height;
  const scale = Math.max(size.width / width, size.height / height);
  context.drawImage(image, (size.width - width * scale) / 2, (size.height - height * scale) / 2, width * scale, height * scale);
  return {key: url, image: canvas.transferToImageBitmap()};
}

/**
 * Blurs or replaces the background of a camera track with Pexip's media processor, and measures
 * the first second: a machine that cannot hold `frameBudgetMs` a frame gets its plain camera back.
 */
export async function applyVideoEffect(
  track: MediaStreamTrack,
  background: Exclude<BackgroundEffect, 'none'>,
  {frameBudgetMs, delegate}: {readonly frameBudgetMs: number; readonly delegate: 'CPU' | 'GPU'}
): Promise<VideoEffectResult> {
  const size = processingSize(track);
  let backgroundImage: ImageRecord | undefined;
  if (typeof background === 'object') {
    try {
      backgroundImage = await loadBackground(background.image, size);
    } catch {
      return {problem: 'background-unavailable'};
    }
  }
  let reported: EffectsProblem | undefined;
  const segmenter = createSegmenter(effectsAssetsBase(), {
    modelAsset: {path: effectsAssetUrl(EFFECTS_FILES.model).href, modelName: 'selfie'},
    workerScriptUrl: effectsAssetUrl(EFFECTS_FILES.mediaWorker),
    delegate: () => delegate,
    log: (message) => {
      if (/ContextCreationError|webgl/i.test(message)) reported ??= 'no-webgl';
    },
  });
  const transform = createCanvasTransform(segmenter, {
    ...size,
    effects: typeof background === 'object' ? 'overlay' : 'blur',
    backgroundBlurAmount: typeof background === 'object' ? 0 : BLUR_AMOUNT[background],
    backgroundImage,
    backgroundImageUrl: backgroundImage?.key ?? '',
  });
  const measured = measureFrames(transform, () => segmenter.status, frameBudgetMs);
  const processor = createVideoProcessor(
    [transform],
    'MediaStreamTrackProcessor' in globalThis ? createVideoTrackProcessor() : createVideoTrackProcessorWithFallback(size)
  );
  const release = async () => {
    processor.close();
    await processor.destroy();
  };
  try {
    await processor.open();
    const output = (await processor.process(new MediaStream([track]))).getVideoTracks().at(0);
    if (!output) throw new Error('The processor gave no video track');
    const verdict = await measured;
    if ('problem' in verdict) {
      await release();
      return {problem: reported ?? verdict.problem};
    }
    return {track: output, measurement: verdict, release};
  } catch {
    await release();
    return {problem: reported ?? 'failed'};
  }
}

type Verdict = FrameMeasurement | {readonly problem: EffectsProblem};

/**
 * Times every frame through the transform. Frames before the segmenter is ready (while its worker
 * loads) are not counted; the verdict comes a second after the first processed frame.
 */
function measureFrames(
  transform: {transform?: Transformer<InputFrame, InputFrame>['transform']},
  segmenterStatus: () => string,
  frameBudgetMs: number
): Promise<Verdict> {
  const inner = transform.transform?.bind(transform);
  const costs: number[] = [];
  let startedAt: number | undefined;
  return new Promise<Verdict>((resolve) => {
    const timeout = setTimeout(() => decide({problem: 'assets-unavailable'}), FIRST_FRAME_TIMEOUT_MS);
    const decide = (verdict: Verdict) => {
      clearTimeout(timeout);
      transform.transform = inner;
      resolve(verdict);
    };
    transform.transform = async (frame, controller) => {
      const start = performance.now();
      await inner?.(frame, controller);
      const end = performance.now();
      const status = segmenterStatus();
      if (status === SEGMENTER_ERROR) {
        decide({problem: 'assets-unavailable'});
        return;
      }
      if (!SEGMENTER_READY.has(status)) return;
      if (startedAt === undefined) {
        startedAt = end; // the first answer also paid for loading the model
        return;
      }
      costs.push(end - start);
      if (end - startedAt < MEASURE_MS) return;
      if (isTooSlow(costs, frameBudgetMs)) {
        decide({problem: 'too-slow'});
        return;
      }
      decide({framesPerSecond: (costs.length * 1000) / (end - startedAt), frameCostMs: median(costs)});
    };
  });
}
