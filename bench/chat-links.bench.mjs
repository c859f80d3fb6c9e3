// The chat's link splitter on hostile input (README "Security"): a link followed by many closing
// brackets, which the splitter once handled in quadratic time (8.7 s for 20 000 brackets).
import {performance} from 'node:perf_hooks';

/** @param {{brackets: number}} options */
export async function runChatLinksBench({brackets}) {
  // TypeScript source: tsx compiles it on import.
  const {tsImport} = await import('tsx/esm/api');
  const {splitLinks} = await tsImport('../src/elements/chat/links.ts', import.meta.url);
  const text = `http://a/${')'.repeat(brackets)}`;
  splitLinks(text);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    splitLinks(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {bench: 'chat-links', brackets, medianMs: Math.round(times[2] * 100) / 100};
}
