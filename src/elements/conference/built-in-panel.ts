import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {placedTags, watchPlacements} from '../../context/placements.js';
import {SessionListenerController} from '../../context/session-listener.js';
import type {Session} from '../../session/session.js';
import {whenIdle} from '../shared/when-idle.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

const TAGS = ['pex-roster', 'pex-chat', 'pex-presenter'] as const;
type BuiltInTag = (typeof TAGS)[number];

/** Each built-in element's chunk, loaded when a call first needs it. */
const LOAD: Readonly<Record<BuiltInTag, () => Promise<unknown>>> = {
  'pex-roster': () => import('../../pex-roster.js'),
  'pex-chat': () => import('../../pex-chat.js'),
  'pex-presenter': () => import('../../pex-presenter.js'),
};

/** The longest the side panel waits for the meeting's media before loading anyway. */
const MEDIA_WAIT_MS = 3000;

/** Calls `done` when the page is next idle after media arrives on `stream` (a remote track's `unmute`: its first packets). */
function whenMediaArrives(stream: MediaStream, done: () => void): void {
  const arrived = (): void => whenIdle(done, 1000);
  const tracks = stream.getTracks();
  if (tracks.length === 0 || tracks.some((track) => !track.muted)) arrived();
  else for (const track of tracks) track.addEventListener('unmute', arrived, {once: true});
}

/**
 * `<pex-conference>`'s own participant list, chat and file sharing in its side panel, for each of
 * them that the page does not place itself (nested, or bound with `for`). They are loaded once the
 * call's media arrives (or after a few seconds without it), so that a join spends the network and
 * the main thread on the meeting's picture and sound first; a call without media loads them at once.
 */
export class BuiltInPanel {
  readonly #host: Host;
  readonly #loaded = new Set<BuiltInTag>();
  readonly #loading = new Set<BuiltInTag>();
  #mediaReady = false;
  #watched: MediaStream | undefined;
  #fallback: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, session: () => Session) {
    this.#host = host;
    new SessionListenerController(host, session, (listened) => [watchPlacements(listened, () => host.requestUpdate())]);
  }

  /** The built-in elements `session` needs: those of which the page placed none. */
  #needed(session: Session): BuiltInTag[] {
    const host = this.#host;
    const placed = placedTags(session, (element) => element.getRootNode() !== host.renderRoot);
    return TAGS.filter((tag) => !placed.has(tag) && !host.querySelector(`:scope > ${tag}`));
  }

  /** Whether the call's media has arrived, or never will, so that the built-ins may load. */
  #mayLoad(session: Session): boolean {
    if (this.#mediaReady) return true;
    const {mode, remote} = session.state.media;
    if (mode === 'control-only') return (this.#mediaReady = true);
    this.#fallback ??= setTimeout(this.#markMediaReady, MEDIA_WAIT_MS);
    if (remote && remote !== this.#watched) {
      this.#watched = remote;
      whenMediaArrives(remote, this.#markMediaReady);
    }
    return false;
  }

  readonly #markMediaReady = (): void => {
    if (this.#mediaReady) return;
    clearTimeout(this.#fallback);
    this.#mediaReady = true;
    this.#host.requestUpdate();
  };

  #load(tags: readonly BuiltInTag[]): void {
    for (const tag of tags) {
      if (this.#loaded.has(tag) || this.#loading.has(tag)) continue;
      this.#loading.add(tag);
      void LOAD[tag]().then(() => {
        this.#loading.delete(tag);
        this.#loaded.add(tag);
        this.#host.requestUpdate();
      });
    }
  }

  /** The built-in elements to show in the side panel (loading those not loaded yet), or nothing. */
  render(session: Session, enabled: boolean): TemplateResult | typeof nothing {
    if (!enabled) return nothing;
    const needed = this.#needed(session);
    // The panel keeps its place meanwhile, so the stage does not change size when they arrive.
    if (!needed.length) return nothing;
    if (!this.#mayLoad(session)) return html`<div class="built-in-pending" aria-busy="true"></div>`;
    this.#load(needed);
    const shown = needed.filter((tag) => this.#loaded.has(tag));
    if (!shown.length) return nothing;
    return html`${shown.includes('pex-roster') ? html`<pex-roster class="built-in"></pex-roster>` : nothing}
    ${shown.includes('pex-chat') ? html`<pex-chat class="built-in" collapsible></pex-chat>` : nothing}
    ${shown.includes('pex-presenter') ? html`<pex-presenter class="built-in" no-viewer></pex-presenter>` : nothing}`;
  }
}
