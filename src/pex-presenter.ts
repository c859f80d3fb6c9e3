import {attachContextRoot} from './context/context-root.js';
import {defineElement} from './define.js';
import {PexPresentationView} from './elements/presenter/presentation-view.js';
import {PexPresenter} from './elements/presenter/presenter.js';
import {PexSlideStrip} from './elements/presenter/slide-strip.js';

attachContextRoot();
defineElement('pex-presentation-view', PexPresentationView);
defineElement('pex-slide-strip', PexSlideStrip);
defineElement('pex-presenter', PexPresenter);

export {PexPresenter, PexPresentationView};
