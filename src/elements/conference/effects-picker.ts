import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {SessionController} from '../../context/session-controller.js';
import {BUILT_IN_BACKGROUNDS, parseBackgroundSetting, type BackgroundSetting} from '../../effects/options.js';
import type {StringKey} from '../../i18n/en.js';
import {effects} from '../../i18n/en/effects.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';

/**
 * Background (none, light or strong blur, a built-in picture or the page's own) and noise
 * suppression, on the pre-join screen and in the settings. The choice is a setting: the session
 * applies it to the camera and microphone (loading the effects only when one is on) and says when
 * this browser cannot.
 *
 * @internal
 * @tagname pex-effects-picker
 */
export class PexEffectsPicker extends LitElement {
  static override styles = [hostStyles, controlStyles];

  readonly #localize = new LocalizeController(this, effects);
  readonly #controller = new SessionController(this, {
    select: (s) => [s.settings.background, s.settings.noiseSuppression, s.media.effectsProblem],
  });

  @property({attribute: false}) accessor session: Session | undefined;
  /** Offer the background (with a camera), noise suppression (with a microphone), or both. */
  @property({attribute: false}) accessor video = true;

  override willUpdate(): void {
    if (this.session && this.#controller.session !== this.session) this.#controller.useSession(this.session);
  }

  #choices(): [BackgroundSetting, StringKey][] {
    return [
      ['none', 'effects.background.none'],
      ['blur-light', 'effects.background.blur-light'],
      ['blur-strong', 'effects.background.blur-strong'],
      ...BUILT_IN_BACKGROUNDS.map((name): [BackgroundSetting, StringKey] => [
        `picture:${name}`,
        `effects.background.picture.${name}`,
      ]),
      ...(this.session?.backgroundPicture
        ? [['picture:page', 'effects.background.picture.page'] as [BackgroundSetting, StringKey]]
        : []),
    ];
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const state = this.session?.state;
    if (!state) return html``;
    const background = parseBackgroundSetting(state.settings.background);
    const problem = state.media.effectsProblem;
    return html`
      <fieldset part="effects">
        <legend>${t('effects.heading')}</legend>
        ${
          this.video
            ? html`<label>
                ${t('effects.background')}
                <select
                  name="background"
                  @change=${(event: Event) => this.session?.updateSettings({background: (event.target as HTMLSelectElement).value})}
                >
                  ${this.#choices().map(([value, label]) => html`<option value=${value} .selected=${value === background}>${t(label)}</option>`)}
                </select>
              </label>`
            : nothing
        }
        <label class="choice">
          <input
            type="checkbox"
            name="noise-suppression"
            .checked=${state.settings.noiseSuppression}
            @change=${(event: Event) => this.session?.updateSettings({noiseSuppression: (event.target as HTMLInputElement).checked})}
          />
          ${t('effects.noise-suppression')}
        </label>
        ${problem ? html`<p class="hint" role="status">${t(`effects.problem.${problem}`)}</p>` : nothing}
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-effects-picker': PexEffectsPicker;
  }
}
