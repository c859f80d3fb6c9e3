// Types of the build script that adds TFLite metadata to the selfie model (for its Node tests).

/** The metadata flatbuffer ("M001"): one RGB image input normalized by (x - mean) / std. */
export function imageInputMetadata(options: {name: string; mean: number[]; std: number[]}): Uint8Array;
/** Reads a table's fields (absolute positions, 0 where absent) from a flatbuffer. */
export function readTable(view: DataView, position: number): number[];
/** The position an offset at `at` points to. */
export function follow(view: DataView, at: number): number;
/** The model with `metadata` added as its TFLITE_METADATA entry. */
export function withMetadata(model: Uint8Array, metadata: Uint8Array): Uint8Array;
/** The legacy selfie model as the Tasks API wants it. */
export function selfieModelForTasks(model: Uint8Array): Uint8Array;
