import {defineElement} from '../../define.js';
import {PexBreakoutBanner} from './breakout-banner.js';
import {PexCaptionsOverlay} from './captions-overlay.js';
import {PexEndCountdown} from './end-countdown.js';

/** Registers the call's extras (see call-extras.ts), loaded after the call's start. */
export function defineCallExtras(): void {
  defineElement('pex-end-countdown', PexEndCountdown);
  defineElement('pex-captions-overlay', PexCaptionsOverlay);
  defineElement('pex-breakout-banner', PexBreakoutBanner);
}
