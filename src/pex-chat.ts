import {attachContextRoot} from './context/context-root.js';
import {defineElement} from './define.js';
import {PexChat} from './elements/chat/chat.js';

attachContextRoot();
defineElement('pex-chat', PexChat);

export {PexChat};
