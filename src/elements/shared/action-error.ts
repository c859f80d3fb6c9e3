import {ScreenCaptureError} from '../../context/screen-share.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import {SessionActionError} from '../../session/session.js';

/** Words for a failed session action, so that a refusal is shown, never swallowed. */
export function actionErrorText(localize: LocalizeController, error: unknown): string {
  // The browser's own words for a capture that did not start.
  if (error instanceof ScreenCaptureError) return localize.t('common.action-refused', {detail: error.message});
  if (!(error instanceof SessionActionError)) return localize.t('common.action-refused', {detail: String(error)});
  switch (error.problem) {
    case 'not-host':
      return localize.t('common.action-not-host');
    case 'not-in-call':
      return localize.t('common.action-not-in-call');
    case 'invalid':
      return localize.t('common.action-invalid', {detail: error.detail});
    case 'refused':
      return localize.t('common.action-refused', {detail: error.detail || error.action});
    case 'bad-answer':
      return localize.t('common.action-bad-answer');
  }
}
