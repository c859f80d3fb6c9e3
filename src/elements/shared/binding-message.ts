import {html, type TemplateResult} from 'lit';
import type {SessionController} from '../../context/session-controller.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';

/**
 * What an element bound to no conference shows instead of staying blank: where to put it, or
 * that the `for` id names nothing on the page (when `controller.boundState` is undefined).
 */
export function renderBindingMessage(controller: SessionController, localize: LocalizeController, forId: string): TemplateResult {
  const {status} = controller;
  return html`<p part="base message" class="binding-message message">
    ${status === 'missing' ? localize.t('common.missing', {id: forId}) : localize.t('common.unbound')}
  </p>`;
}
