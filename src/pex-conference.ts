import {attachContextRoot} from './context/context-root.js';
import {defineElement} from './define.js';
import {PexCallToolbar} from './elements/conference/call-toolbar.js';
import {PexConference} from './elements/conference/conference.js';
import {PexDevicePicker} from './elements/conference/device-picker.js';
import {PexEffectsPicker} from './elements/conference/effects-picker.js';
import {PexLevelMeter} from './elements/conference/level-meter.js';
import {PexPrejoin} from './elements/conference/prejoin.js';
import {PexStage} from './elements/conference/stage.js';
import {defineSharedElements} from './elements/shared/register.js';

attachContextRoot();
defineSharedElements();
defineElement('pex-level-meter', PexLevelMeter);
defineElement('pex-device-picker', PexDevicePicker);
defineElement('pex-effects-picker', PexEffectsPicker);
defineElement('pex-prejoin', PexPrejoin);
defineElement('pex-stage', PexStage);
defineElement('pex-call-toolbar', PexCallToolbar);
defineElement('pex-conference', PexConference);

export {PexConference};
