import {defineElement} from './define.js';
import {PexJoinButton} from './elements/join-button/join-button.js';

defineElement('pex-join-button', PexJoinButton);

export {PexJoinButton};
