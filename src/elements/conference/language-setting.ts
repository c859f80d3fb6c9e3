import type {ReactiveController} from 'lit';
import type {Session} from '../../session/session.js';

/**
 * The user's language setting wins over the page's `lang` on `<pex-conference>` while it is set;
 * the page's own `lang` comes back when it is cleared.
 */
export class LanguageSettingController implements ReactiveController {
  readonly #host: HTMLElement;
  readonly #session: () => Session;
  /** The page's own `lang`, kept while the setting overrides it. */
  #pageLang: string | undefined;

  constructor(host: HTMLElement & {addController(controller: ReactiveController): void}, session: () => Session) {
    this.#host = host;
    this.#session = session;
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.#host;
    const language = this.#session().state.settings.language;
    if (language) {
      this.#pageLang ??= host.getAttribute('lang') ?? '';
      if (host.lang !== language) host.lang = language;
    } else if (this.#pageLang !== undefined) {
      if (this.#pageLang) host.lang = this.#pageLang;
      else host.removeAttribute('lang');
      this.#pageLang = undefined;
    }
  }
}
