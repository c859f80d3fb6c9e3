import {defineElement} from '../../define.js';
import {PexConfirmDialog} from './confirm-dialog.js';
import {PexDialog} from './dialog.js';
import {PexMenu} from './menu.js';
import {PexMenuPopup} from './menu-popup.js';

/** Registers the internal elements that several public elements use. */
export function defineSharedElements(): void {
  defineElement('pex-dialog', PexDialog);
  defineElement('pex-confirm-dialog', PexConfirmDialog);
  defineElement('pex-menu-popup', PexMenuPopup);
  defineElement('pex-menu', PexMenu);
}
