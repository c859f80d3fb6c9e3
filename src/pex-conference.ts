import {attachContextRoot} from './context/context-root.js';
import {defineElement} from './define.js';
import {PexConference} from './elements/conference/conference.js';
import {PexDevicePicker} from './elements/conference/device-picker.js';
import {PexLevelMeter} from './elements/conference/level-meter.js';
import {PexPrejoin} from './elements/conference/prejoin.js';
import {PexSettingsDialog} from './elements/conference/settings-dialog.js';
import {PexSetupCheck} from './elements/conference/setup-check.js';
import {PexStage} from './elements/conference/stage.js';
import {PexStatsDialog} from './elements/conference/stats-dialog.js';
import {PexPresentationView} from './elements/presenter/presentation-view.js';
import {defineSharedElements} from './elements/shared/register.js';

attachContextRoot();
defineSharedElements();
defineElement('pex-level-meter', PexLevelMeter);
defineElement('pex-device-picker', PexDevicePicker);
defineElement('pex-prejoin', PexPrejoin);
defineElement('pex-presentation-view', PexPresentationView);
defineElement('pex-stage', PexStage);
defineElement('pex-settings-dialog', PexSettingsDialog);
defineElement('pex-stats-dialog', PexStatsDialog);
defineElement('pex-setup-check', PexSetupCheck);
defineElement('pex-conference', PexConference);

export {PexConference};
