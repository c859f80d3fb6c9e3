// The call's extras (see call-extras.ts): one chunk, loaded after the call's start.
export {PexBreakoutBanner} from './breakout-banner.js';
export {PexCaptionsOverlay} from './captions-overlay.js';
export {PexEndCountdown} from './end-countdown.js';
