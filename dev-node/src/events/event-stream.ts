import type {IncomingMessage, ServerResponse} from 'node:http';
import {corsHeaders} from '../http/reply.js';

/** Comment lines keep proxies and the browser from treating an idle stream as dead. */
const KEEP_ALIVE_MS = 10_000;

/**
 * One open `events` response (server-sent events). Every event carries a non-empty JSON `data:`
 * line, because the SDK drops events whose data is empty (protocol notes §2).
 */
export class EventStream {
  private nextId = 1;
  private readonly keepAlive: NodeJS.Timeout;
  private closed = false;
  /** Writes of one tick go out together: a join's sync is hundreds of events, one syscall. */
  private corked = false;
  private readonly closeHandlers: Array<() => void> = [];

  constructor(
    req: IncomingMessage,
    private readonly res: ServerResponse
  ) {
    res.writeHead(200, {
      ...corsHeaders(req),
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    this.keepAlive = setInterval(() => this.write(':\n\n'), KEEP_ALIVE_MS);
    res.on('close', () => this.close());
  }

  send(event: string, data: unknown): void {
    this.sendJson(event, JSON.stringify(data ?? null));
  }

  /** For events sent to many streams: serialised once by the caller. */
  sendJson(event: string, json: string): void {
    this.write(`event: ${event}\ndata: ${json}\nid: ${this.nextId++}\n\n`);
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** Ends the response (the browser's EventSource will then try to reconnect). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    if (!this.res.writableEnded) this.res.end();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }

  private write(chunk: string): void {
    if (this.closed || this.res.writableEnded) return;
    if (!this.corked) {
      this.corked = true;
      this.res.cork();
      process.nextTick(() => {
        this.corked = false;
        this.res.uncork();
      });
    }
    this.res.write(chunk);
  }
}
