// Gives MediaPipe's legacy selfie segmentation model (@mediapipe/selfie_segmentation, Apache-2.0)
// the TFLite metadata that the Tasks API (@mediapipe/tasks-vision, which @pexip/media-processor
// runs) requires of a float model: how to normalize the input image (pixels 0–255 to 0–1, as the
// legacy graph did). No other package on npm ships a selfie model with that metadata.
//
// A flatbuffer's offsets only point forward, so the original file is kept whole and a new root
// (the Model table, its `buffers` and `metadata` vectors, and the metadata buffer) is written in
// front of it, padded to 16 bytes so every tensor buffer keeps its alignment.
//
// Schemas: tensorflow/lite/schema/schema.fbs (Model, Buffer, Metadata) and
// tensorflow_lite_support/metadata/metadata_schema.fbs (ModelMetadata, "M001").

/** A growing little-endian byte buffer that writes parents before children (offsets point forward). */
class ForwardWriter {
  #bytes = new Uint8Array(1024);
  #view = new DataView(this.#bytes.buffer);
  length = 0;
  #patches = [];

  #reserve(size) {
    while (this.length + size > this.#bytes.length) {
      const bigger = new Uint8Array(this.#bytes.length * 2);
      bigger.set(this.#bytes);
      this.#bytes = bigger;
      this.#view = new DataView(bigger.buffer);
    }
    const at = this.length;
    this.length += size;
    return at;
  }
  align(to, plus = 0) {
    while ((this.length + plus) % to) this.#reserve(1);
  }
  u8(value) {
    this.#view.setUint8(this.#reserve(1), value);
  }
  u16(value) {
    this.#view.setUint16(this.#reserve(2), value, true);
  }
  u32(value) {
    const at = this.#reserve(4);
    this.#view.setUint32(at, value, true);
    return at;
  }
  f32(value) {
    this.#view.setFloat32(this.#reserve(4), value, true);
  }
  bytes(data) {
    const at = this.#reserve(data.length);
    this.#bytes.set(data, at);
  }
  setU32(at, value) {
    this.#view.setUint32(at, value, true);
  }
  /** An offset at `at` that points at wherever `target()` ends up once everything is written. */
  later(at, target) {
    this.#patches.push({at, target});
  }
  finish() {
    for (const {at, target} of this.#patches) this.setU32(at, target() - at);
    return this.#bytes.slice(0, this.length);
  }
}

// Field kinds: a scalar in the table, or a child (string, vector, table) written after it.
const u8 = (value) => ({size: 1, write: (w) => w.u8(value)});
const u32 = (value) => ({size: 4, write: (w) => w.u32(value)});
const child = (write) => ({size: 4, child: write});
/** A child that already exists at an absolute position (known only at the end). */
const existing = (position) => ({size: 4, existing: position});

/** Writes a table (vtable first, then the table) and then its children; returns the table's position. */
function table(w, fields) {
  w.align(2);
  const vtable = w.length;
  const slots = [];
  let offset = 4;
  for (const field of fields) {
    if (!field) {
      slots.push(0);
      continue;
    }
    offset = Math.ceil(offset / field.size) * field.size;
    slots.push(offset);
    offset += field.size;
  }
  const tableSize = Math.ceil(offset / 4) * 4;
  w.u16(4 + 2 * fields.length);
  w.u16(tableSize);
  for (const slot of slots) w.u16(slot);
  w.align(4);
  const start = w.length;
  w.u32(start - vtable); // soffset: the vtable is before the table
  const deferred = [];
  fields.forEach((field, index) => {
    if (!field) return;
    while (w.length < start + slots[index]) w.u8(0);
    if (field.child) deferred.push({at: w.u32(0), write: field.child});
    else if (field.existing) w.later(w.u32(0), field.existing);
    else field.write(w);
  });
  while (w.length < start + tableSize) w.u8(0);
  for (const {at, write} of deferred) {
    const position = write(w);
    w.later(at, () => position);
  }
  return start;
}

function string(w, text) {
  w.align(4);
  const bytes = new TextEncoder().encode(text);
  const at = w.u32(bytes.length);
  w.bytes(bytes);
  w.u8(0);
  return at;
}

function floats(w, values) {
  w.align(4);
  const at = w.u32(values.length);
  for (const value of values) w.f32(value);
  return at;
}

/** A vector of offsets: to children written after it (functions), or `existing` positions. */
function offsets(w, items) {
  w.align(4);
  const at = w.u32(items.length);
  const slots = items.map(() => w.u32(0));
  items.forEach((item, index) => {
    if (item.existing) {
      w.later(slots[index], item.existing);
    } else {
      const position = item(w);
      w.later(slots[index], () => position);
    }
  });
  return at;
}

const IMAGE_PROPERTIES = 2; // ContentProperties union
const NORMALIZATION_OPTIONS = 1; // ProcessUnitOptions union
const RGB = 1;

/** The metadata flatbuffer ("M001"): one RGB image input normalized by (x - mean) / std. */
export function imageInputMetadata({name, mean, std}) {
  const w = new ForwardWriter();
  const root = w.u32(0);
  w.bytes(new TextEncoder().encode('M001'));
  const position = table(w, [
    child((w) => string(w, name)), // name
    undefined, // description
    undefined, // version
    child((w) =>
      offsets(w, [
        (w) =>
          table(w, [
            undefined, // name
            undefined, // description
            child((w) =>
              offsets(w, [
                (w) =>
                  table(w, [
                    child((w) => string(w, 'image')), // name
                    undefined, // description
                    undefined, // dimension_names
                    child((w) =>
                      table(w, [
                        u8(IMAGE_PROPERTIES), // content_properties_type
                        child((w) => table(w, [u8(RGB)])), // content_properties: ImageProperties
                      ])
                    ),
                    child((w) =>
                      offsets(w, [
                        (w) =>
                          table(w, [
                            u8(NORMALIZATION_OPTIONS), // options_type
                            child((w) => table(w, [child((w) => floats(w, mean)), child((w) => floats(w, std))])),
                          ]),
                      ])
                    ), // process_units
                  ]),
              ])
            ), // input_tensor_metadata
            child((w) => offsets(w, [(w) => table(w, [child((w) => string(w, 'segmentation'))])])), // output_tensor_metadata
          ]),
      ])
    ), // subgraph_metadata
    undefined, // author
    undefined, // license
    undefined, // associated_files
    child((w) => string(w, '1.0.0')), // min_parser_version
  ]);
  w.later(root, () => position);
  return w.finish();
}

/** Reads a table's fields (absolute positions, 0 where absent) from a flatbuffer. */
export function readTable(view, position) {
  const vtable = position - view.getInt32(position, true);
  const count = (view.getUint16(vtable, true) - 4) / 2;
  return Array.from({length: count}, (_, index) => {
    const offset = view.getUint16(vtable + 4 + 2 * index, true);
    return offset ? position + offset : 0;
  });
}

export const follow = (view, at) => at + view.getUint32(at, true);

/** The model with `metadata` added as its TFLITE_METADATA entry. */
export function withMetadata(model, metadata) {
  const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
  if (new TextDecoder().decode(model.subarray(4, 8)) !== 'TFL3') throw new Error('Not a TFLite model');
  const fields = readTable(view, follow(view, 0));
  const [version, operatorCodes, subgraphs, description, buffers, metadataBuffer, oldMetadata] = fields;
  if (oldMetadata) throw new Error('The model already has metadata');
  const bufferCount = view.getUint32(follow(view, buffers), true);
  const bufferEntry = (index) => follow(view, follow(view, buffers) + 4 + 4 * index);

  const w = new ForwardWriter();
  let base = 0; // where the original model starts, known once the front part is written
  const original = (position) => existing(() => base + position);
  const root = w.u32(0);
  w.bytes(new TextEncoder().encode('TFL3'));
  const model_ = table(w, [
    u32(view.getUint32(version, true)),
    original(follow(view, operatorCodes)),
    original(follow(view, subgraphs)),
    description ? original(follow(view, description)) : undefined,
    child((w) =>
      offsets(w, [
        ...Array.from({length: bufferCount}, (_, index) => original(bufferEntry(index))),
        (w) =>
          table(w, [
            child((w) => {
              w.align(16, 4); // the metadata flatbuffer itself starts 16-aligned
              const at = w.u32(metadata.length);
              w.bytes(metadata);
              return at;
            }),
          ]),
      ])
    ),
    metadataBuffer ? original(follow(view, metadataBuffer)) : undefined,
    child((w) => offsets(w, [(w) => table(w, [child((w) => string(w, 'TFLITE_METADATA')), u32(bufferCount)])])),
  ]);
  w.later(root, () => model_);
  w.align(16);
  base = w.length;
  w.bytes(model);
  return w.finish();
}

/** The legacy selfie model as the Tasks API wants it. */
export function selfieModelForTasks(model) {
  return withMetadata(model, imageInputMetadata({name: 'selfie_segmentation', mean: [0], std: [255]}));
}
