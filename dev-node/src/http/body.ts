import type {IncomingMessage} from 'node:http';
import {HttpError} from './reply.js';

/** Bodies past this many times the limit are not drained: the socket is dropped. */
const DRAIN_FACTOR = 16;

/**
 * Reads the whole request body, refusing more than `limit` bytes with 413.
 * An oversized body is drained (up to a bound) so the client still gets the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * DRAIN_FACTOR) req.destroy();
    });
    req.on('end', () => {
      if (size > limit) reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
    req.on('close', () => reject(new HttpError(400, 'Request aborted')));
  });
}

/** Parses a JSON body; an empty body is `undefined`. Malformed JSON is a 400 with the parser's message. */
export function parseJson(raw: Buffer): unknown {
  const text = raw.toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `Malformed JSON body: ${(error as Error).message}`);
  }
}
