import {html, type TemplateResult} from 'lit';
import {conference} from '../../i18n/en/conference.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {shippedLanguages} from '../../i18n/registry.js';
import {pageLanguages} from '../../i18n/strings.js';
import type {Settings} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {bandwidthChoices} from './bandwidth.js';
import {SessionDialog} from './session-dialog.js';

/** Each language's own name for itself, as shown in the language choice. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  nb: 'Norsk bokmål',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};

/** The shipped languages and those the page added with `setStrings`, each named in itself. */
function languageChoices(): {readonly lang: string; readonly name: string}[] {
  const langs = [...new Set([...shippedLanguages, ...pageLanguages()])];
  return langs.map((lang) => ({lang, name: LANGUAGE_NAMES[lang] ?? languageName(lang)}));
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], {type: 'language'}).of(lang) ?? lang;
  } catch {
    return lang; // not a language tag Intl knows
  }
}

type BooleanSetting = 'showDeviceOptions' | 'muteMicrophoneOnJoin' | 'confirmDisconnect' | 'fullMotionPresentation';

const TOGGLES: readonly [
  BooleanSetting,
  'settings.show-device-options' | 'settings.mute-on-join' | 'settings.confirm-disconnect' | 'settings.full-motion',
][] = [
  ['showDeviceOptions', 'settings.show-device-options'],
  ['muteMicrophoneOnJoin', 'settings.mute-on-join'],
  ['confirmDisconnect', 'settings.confirm-disconnect'],
  ['fullMotionPresentation', 'settings.full-motion'],
];

/**
 * The settings of Infinity Connect's Web App, applied at once and remembered per site.
 *
 * @internal
 * @tagname pex-settings-dialog
 */
export class PexSettingsDialog extends SessionDialog {
  static override styles = [hostStyles, controlStyles];

  readonly #localize = new LocalizeController(this, conference);

  constructor() {
    super((s) => [s.settings, s.devices]);
  }

  override async show(): Promise<void> {
    void this.session?.refreshDevices();
    await super.show();
  }

  #update(change: Partial<Settings>): void {
    this.session?.updateSettings(change);
  }

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const settings = this.session?.state.settings;
    if (!settings) return html`<pex-dialog label=${t('settings.heading')}></pex-dialog>`;
    return html`
      <pex-dialog label=${t('settings.heading')}>
        <label>
          ${t('settings.display-name')}
          <input
            name="display-name"
            autocomplete="name"
            .value=${settings.displayName}
            @change=${(event: Event) => this.#update({displayName: (event.target as HTMLInputElement).value.trim()})}
          />
        </label>
        <pex-device-picker .session=${this.session}></pex-device-picker>
        <pex-effects-picker
          .session=${this.session}
          .video=${this.session?.state.media.mode !== 'control-only'}
        ></pex-effects-picker>
        <label>
          ${t('prejoin.bandwidth')}
          <select
            name="bandwidth"
            @change=${(event: Event) => this.session?.setBandwidth(Number((event.target as HTMLSelectElement).value))}
          >
            ${bandwidthChoices(settings.bandwidth).map(({kbps, label}) => html`<option value=${kbps} .selected=${kbps === settings.bandwidth}>${t(label, {kbps})}</option>`)}
          </select>
        </label>
        ${TOGGLES.map(
          ([key, label]) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name=${key}
                .checked=${settings[key]}
                @change=${(event: Event) => this.#update({[key]: (event.target as HTMLInputElement).checked})}
              />
              ${t(label)}
            </label>`
        )}
        <label>
          ${t('settings.language')}
          <select
            name="language"
            @change=${(event: Event) => this.#update({language: (event.target as HTMLSelectElement).value})}
          >
            <option value="" .selected=${!settings.language}>${t('settings.language-page')}</option>
            ${languageChoices().map(({lang, name}) => html`<option value=${lang} lang=${lang} .selected=${settings.language === lang}>${name}</option>`)}
          </select>
        </label>
        <p class="hint">${t('settings.saved')}</p>
      </pex-dialog>
    `;
  }
}
