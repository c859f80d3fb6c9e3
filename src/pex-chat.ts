import {attachContextRoot} from './context/context-root.js';
import {defineElement} from './define.js';
import {PexChatEntry} from './elements/chat/chat-entry.js';
import {PexChat} from './elements/chat/chat.js';

attachContextRoot();
defineElement('pex-chat-entry', PexChatEntry);
defineElement('pex-chat', PexChat);

export {PexChat};
