import {attachContextRoot} from './context/context-root.js';
import {defineElement} from './define.js';
import {PexDtmfKeypad} from './elements/roster/dtmf-keypad.js';
import {PexRoster} from './elements/roster/roster.js';
import {PexRosterRow} from './elements/roster/roster-row.js';
import {PexRosterRooms} from './elements/roster/roster-rooms.js';
import {PexTransferDialog} from './elements/roster/transfer-dialog.js';
import {defineSharedElements} from './elements/shared/register.js';

attachContextRoot();
defineSharedElements();
defineElement('pex-roster-row', PexRosterRow);
defineElement('pex-dtmf-keypad', PexDtmfKeypad);
defineElement('pex-roster-rooms', PexRosterRooms);
defineElement('pex-transfer-dialog', PexTransferDialog);
defineElement('pex-roster', PexRoster);

export {PexRoster};
