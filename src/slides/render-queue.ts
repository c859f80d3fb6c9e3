/** How urgent a render is: the slide being shown, its neighbours, thumbnails. */
export type RenderPriority = 'now' | 'soon' | 'later';

const rank: Record<RenderPriority, number> = {now: 0, soon: 1, later: 2};

interface Job {
  priority: RenderPriority;
  /** Order of (latest) request. */
  order: number;
  readonly run: () => Promise<void>;
  readonly cancel: (reason: unknown) => void;
}

/** A scheduled render: its result, and ways to make it more urgent or drop it. */
export interface RenderTicket<T> {
  readonly promise: Promise<T>;
  /** Asks for it again, at `priority` if that is more urgent. */
  raise(priority: RenderPriority): void;
  /** Drops it if it has not started (the promise then rejects with `reason`). */
  cancel(reason: unknown): void;
}

/**
 * Runs renders one at a time, most urgent first, so that the next slide never waits behind a
 * strip full of thumbnails (pdf.js draws on the main thread, and its worker parses one page at a
 * time anyway). Among equals, the latest request for a slide or its neighbours wins (after fast
 * clicking only the slide landed on matters), while thumbnails go in the order asked for.
 */
export class RenderQueue {
  readonly #pending: Job[] = [];
  #running = false;
  #requests = 0;

  schedule<T>(priority: RenderPriority, work: () => Promise<T>): RenderTicket<T> {
    let job!: Job;
    const promise = new Promise<T>((resolve, reject) => {
      job = {priority, order: ++this.#requests, run: () => work().then(resolve, reject), cancel: reject};
    });
    this.#pending.push(job);
    void this.#drain();
    return {
      promise,
      raise: (to) => {
        job.order = ++this.#requests;
        if (rank[to] < rank[job.priority]) job.priority = to;
      },
      cancel: (reason) => {
        const index = this.#pending.indexOf(job);
        if (index < 0) return;
        this.#pending.splice(index, 1);
        job.cancel(reason);
      },
    };
  }

  /** Drops everything that has not started. */
  clear(reason: unknown): void {
    for (const job of this.#pending.splice(0)) job.cancel(reason);
  }

  #before(a: Job, b: Job): boolean {
    if (a.priority !== b.priority) return rank[a.priority] < rank[b.priority];
    return a.priority === 'later' ? a.order < b.order : a.order > b.order;
  }

  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#pending.length > 0) {
        const next = this.#pending.reduce((best, job) => (this.#before(job, best) ? job : best));
        this.#pending.splice(this.#pending.indexOf(next), 1);
        await next.run();
      }
    } finally {
      this.#running = false;
    }
  }
}
