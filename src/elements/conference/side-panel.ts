import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Session} from '../../session/session.js';
import {defineOnDemand} from '../shared/define-on-demand.js';

/** The transcript panel's code loads when it is first opened. */
const loadTranscriptPanel = (): Promise<CustomElementConstructor> =>
  import('./transcript-panel.js').then((module) => module.PexTranscriptPanel);

/** `<pex-conference>`'s side panel: whether the user hid it, and the live-caption transcript shown in it. */
export class SidePanel {
  readonly #host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};
  /** Called when the panel is shown (its unread messages are read). */
  readonly #shown: () => void;
  #hidden = false;
  /** The live-caption transcript is open in the side panel. */
  #transcriptShown = false;

  constructor(host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment}, shown: () => void) {
    this.#host = host;
    this.#shown = shown;
  }

  get hidden(): boolean {
    return this.#hidden;
  }

  /** Shows the side panel (`show`), hides it, or (without `show`) toggles it. */
  readonly toggle = (show = this.#hidden): void => {
    this.#set(!show, this.#transcriptShown);
    if (show) this.#shown();
  };

  /** Opens the transcript in the side panel (loading its code the first time) and moves focus to it. */
  async showTranscript(): Promise<void> {
    await defineOnDemand('pex-transcript-panel', loadTranscriptPanel);
    this.#set(false, true);
    await this.#host.updateComplete;
    const panel = this.#host.renderRoot.querySelector('pex-transcript-panel');
    await panel?.updateComplete;
    panel?.focus();
  }

  #closeTranscript = (): void => {
    this.#set(this.#hidden, false);
  };

  /** The transcript panel, while it is open. */
  renderTranscript(session: Session): TemplateResult | typeof nothing {
    return this.#transcriptShown
      ? html`<pex-transcript-panel
          part="transcript"
          .session=${session}
          .onClose=${this.#closeTranscript}
        ></pex-transcript-panel>`
      : nothing;
  }

  #set(hidden: boolean, transcriptShown: boolean): void {
    if (hidden === this.#hidden && transcriptShown === this.#transcriptShown) return;
    this.#hidden = hidden;
    this.#transcriptShown = transcriptShown;
    this.#host.requestUpdate();
  }
}
