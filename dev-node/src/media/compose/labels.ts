import {createCanvas} from '@napi-rs/canvas';
import type {Mask} from './picture.js';

/** Rendered labels kept for reuse: names change rarely, and each is drawn on every frame. */
const CACHE_LIMIT = 256;
const cache = new Map<string, Mask>();

/**
 * Text as a coverage mask `pixels` high, rendered once by Skia (@napi-rs/canvas, system
 * sans-serif font) and cached: drawing it on a frame is then a blend of a few thousand bytes.
 */
export function textMask(text: string, pixels: number, maxWidth: number): Mask {
  const key = `${pixels}:${maxWidth}:${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const font = `600 ${Math.round(pixels * 0.78)}px sans-serif`;
  const measure = createCanvas(1, 1).getContext('2d');
  measure.font = font;
  const width = Math.max(2, Math.min(maxWidth, Math.ceil(measure.measureText(text).width) + 2));
  const canvas = createCanvas(width, pixels);
  const context = canvas.getContext('2d');
  context.font = font;
  context.fillStyle = '#fff';
  context.textBaseline = 'middle';
  context.fillText(text, 1, pixels / 2);
  const rgba = context.getImageData(0, 0, width, pixels).data;
  const alpha = new Uint8Array(width * pixels);
  for (let index = 0; index < alpha.length; index++) alpha[index] = rgba[index * 4 + 3] ?? 0;
  const mask = {width, height: pixels, alpha};
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, mask);
  return mask;
}

/** Up to two initials, as a placeholder tile shows them: "Ann Berg" → "AB", "bob" → "B". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const ends = words.filter((_, index) => index === 0 || index === words.length - 1);
  return ends.map(firstCodePoint).join('').toLocaleUpperCase() || '?';
}

/** A word's first code point: a whole letter even outside the BMP, where `word[0]` is half of one. */
function firstCodePoint(word: string): string {
  const code = word.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}
