/**
 * A minimal VP8 key-frame encoder (RFC 6386) for one picture: a uniform mid-grey frame in which
 * every macroblock is DC-predicted with no residual. It exists so the relay always has a video
 * source to send, even when nobody (not even the viewer) sends video: the SDK restarts ICE when
 * inbound video packets stop (call.js, packet stagnation).
 */

/** RFC 6386 §13.4 `coeff_update_probs[4][8][3][11]`, one row per [i][j] as three hex runs of 11. */
const COEFF_UPDATE_PROBS_HEX = [
  'ffffffffffffffffffffff ffffffffffffffffffffff ffffffffffffffffffffff',
  'b0f6ffffffffffffffffff dff1fcffffffffffffffff f9fdfdffffffffffffffff',
  'fff4fcffffffffffffffff eafefeffffffffffffffff fdffffffffffffffffffff',
  'fff6feffffffffffffffff effdfeffffffffffffffff fefffeffffffffffffffff',
  'fff8feffffffffffffffff fbfffeffffffffffffffff ffffffffffffffffffffff',
  'fffdfeffffffffffffffff fbfefeffffffffffffffff fefffeffffffffffffffff',
  'fffefdfffeffffffffffff fafffefffeffffffffffff feffffffffffffffffffff',
  'ffffffffffffffffffffff ffffffffffffffffffffff ffffffffffffffffffffff',
  'd9ffffffffffffffffffff e1fcf1fdfffffeffffffff eafaf1fafdfffdfeffffff',
  'fffeffffffffffffffffff dffefeffffffffffffffff eefdfefeffffffffffffff',
  'fff8feffffffffffffffff f9feffffffffffffffffff ffffffffffffffffffffff',
  'fffdffffffffffffffffff f7feffffffffffffffffff ffffffffffffffffffffff',
  'fffdfeffffffffffffffff fcffffffffffffffffffff ffffffffffffffffffffff',
  'fffefeffffffffffffffff fdffffffffffffffffffff ffffffffffffffffffffff',
  'fffefdffffffffffffffff faffffffffffffffffffff feffffffffffffffffffff',
  'ffffffffffffffffffffff ffffffffffffffffffffff ffffffffffffffffffffff',
  'bafbfaffffffffffffffff eafbf4feffffffffffffff fbfbf3fdfefffeffffffff',
  'fffdfeffffffffffffffff ecfdfeffffffffffffffff fbfdfdfefeffffffffffff',
  'fffefeffffffffffffffff fefefeffffffffffffffff ffffffffffffffffffffff',
  'fffeffffffffffffffffff fefeffffffffffffffffff feffffffffffffffffffff',
  'ffffffffffffffffffffff feffffffffffffffffffff ffffffffffffffffffffff',
  'ffffffffffffffffffffff ffffffffffffffffffffff ffffffffffffffffffffff',
  'ffffffffffffffffffffff ffffffffffffffffffffff ffffffffffffffffffffff',
  'ffffffffffffffffffffff ffffffffffffffffffffff ffffffffffffffffffffff',
  'f8ffffffffffffffffffff fafefcfeffffffffffffff f8fef9fdffffffffffffff',
  'fffdfdffffffffffffffff f6fdfdffffffffffffffff fcfefbfefeffffffffffff',
  'fffefcffffffffffffffff f8fefdffffffffffffffff fdfffefeffffffffffffff',
  'fffbfeffffffffffffffff f5fbfeffffffffffffffff fdfdfeffffffffffffffff',
  'fffbfdffffffffffffffff fcfdfeffffffffffffffff fffeffffffffffffffffff',
  'fffcffffffffffffffffff f9fffeffffffffffffffff fffffeffffffffffffffff',
  'fffffdffffffffffffffff faffffffffffffffffffff ffffffffffffffffffffff',
  'ffffffffffffffffffffff feffffffffffffffffffff ffffffffffffffffffffff',
];

const COEFF_UPDATE_PROBS: readonly number[] =
  COEFF_UPDATE_PROBS_HEX.join('')
    .replaceAll(' ', '')
    .match(/../g)
    ?.map((byte) => parseInt(byte, 16)) ?? [];

/** RFC 6386 §7.3 boolean entropy encoder. */
class BoolEncoder {
  private readonly output: number[] = [];
  private range = 255;
  private bottom = 0;
  private bitCount = 24;

  write(probability: number, bit: boolean): void {
    const split = 1 + (((this.range - 1) * probability) >> 8);
    if (bit) {
      this.bottom += split;
      this.range -= split;
    } else {
      this.range = split;
    }
    while (this.range < 128) {
      this.range <<= 1;
      if (this.bottom >= 0x8000_0000) {
        this.carry();
        this.bottom -= 0x8000_0000;
      }
      this.bottom *= 2;
      if (--this.bitCount === 0) {
        this.output.push(Math.floor(this.bottom / 0x100_0000) & 0xff);
        this.bottom %= 0x100_0000;
        this.bitCount = 8;
      }
    }
  }

  /** An unsigned literal, most significant bit first, each bit at probability 1/2. */
  literal(value: number, bits: number): void {
    for (let bit = bits - 1; bit >= 0; bit--) this.write(128, ((value >> bit) & 1) === 1);
  }

  finish(): Buffer {
    let value = this.bottom;
    if (Math.floor(value / 2 ** (32 - this.bitCount)) % 2 === 1) this.carry();
    value = (value * 2 ** (this.bitCount & 7)) % 2 ** 32;
    for (let c = this.bitCount >> 3; c > 0; c--) value = (value * 256) % 2 ** 32;
    for (let c = 0; c < 4; c++) {
      this.output.push(Math.floor(value / 0x100_0000) & 0xff);
      value = (value * 256) % 2 ** 32;
    }
    return Buffer.from(this.output);
  }

  private carry(): void {
    let index = this.output.length - 1;
    while (index >= 0 && this.output[index] === 255) this.output[index--] = 0;
    if (index >= 0) this.output[index] = (this.output[index] ?? 0) + 1;
  }
}

/** Key-frame y-mode tree path to DC_PRED and the uv-mode path to DC_PRED (RFC 6386 §11.2). */
const KF_YMODE_DC_PRED: ReadonlyArray<readonly [number, boolean]> = [
  [145, true],
  [156, false],
  [163, false],
];
const KF_UV_MODE_DC_PRED: readonly [number, boolean] = [142, false];
/** Probability that a macroblock has coefficients; low, since none has. */
const PROB_SKIP_FALSE = 1;
const QUANT_INDEX = 10;

/** Encodes one grey VP8 key frame of the given size (the uncompressed header plus both partitions). */
export function encodeGreyKeyframe(width: number, height: number): Buffer {
  const header = new BoolEncoder();
  header.literal(0, 1); // color_space
  header.literal(0, 1); // clamping_type
  header.literal(0, 1); // segmentation_enabled
  header.literal(0, 1); // filter_type
  header.literal(0, 6); // loop_filter_level
  header.literal(0, 3); // sharpness_level
  header.literal(0, 1); // loop_filter_adj_enable
  header.literal(0, 2); // log2_nbr_of_dct_partitions
  header.literal(QUANT_INDEX, 7); // y_ac_qi
  header.literal(0, 5); // no y_dc, y2_dc, y2_ac, uv_dc, uv_ac deltas
  header.literal(1, 1); // refresh_entropy_probs
  for (const probability of COEFF_UPDATE_PROBS) header.write(probability, false); // no token prob updates
  header.literal(1, 1); // mb_no_coeff_skip
  header.literal(PROB_SKIP_FALSE, 8);
  const macroblocks = Math.ceil(width / 16) * Math.ceil(height / 16);
  for (let mb = 0; mb < macroblocks; mb++) {
    header.write(PROB_SKIP_FALSE, true); // mb_skip_coeff: no residual
    for (const [probability, bit] of KF_YMODE_DC_PRED) header.write(probability, bit);
    header.write(...KF_UV_MODE_DC_PRED);
  }
  const firstPartition = header.finish();
  const tokenPartition = new BoolEncoder().finish();

  const frame = Buffer.alloc(10 + firstPartition.length + tokenPartition.length);
  // Frame tag: key frame (bit 0 = 0), version 0, show_frame 1, first partition size.
  const tag = (1 << 4) | (firstPartition.length << 5);
  frame.writeUIntLE(tag, 0, 3);
  frame.set([0x9d, 0x01, 0x2a], 3);
  frame.writeUInt16LE(width & 0x3fff, 6);
  frame.writeUInt16LE(height & 0x3fff, 8);
  firstPartition.copy(frame, 10);
  tokenPartition.copy(frame, 10 + firstPartition.length);
  return frame;
}
