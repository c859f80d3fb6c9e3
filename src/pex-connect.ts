/**
 * The script-tag bundle: registers every pex-connect element. Pexip's SDK and pdf.js are
 * separate chunks, loaded (relative to this file) only when a meeting is joined or a PDF shared.
 */
export * from './index.js';
import './pex-conference.js';
import './pex-presenter.js';
import './pex-roster.js';
import './pex-chat.js';
import './pex-join-button.js';
