import {defineElement} from './define.js';
import {PexConference} from './elements/conference/conference.js';

defineElement('pex-conference', PexConference);

export {PexConference};
