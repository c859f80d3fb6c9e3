import {LitElement} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {SessionController, type StateSelector} from '../../context/session-controller.js';
import type {Session} from '../../session/session.js';
import type {PexDialog} from '../shared/dialog.js';

/**
 * What the call view's own dialogs (breakout rooms, layout, settings, statistics) share: the
 * session they are given, followed for the parts of its state each renders, and a `show()` that
 * opens their `<pex-dialog>` without the problem the last opening left.
 *
 * @internal
 */
export abstract class SessionDialog extends LitElement {
  @property({attribute: false}) accessor session: Session | undefined;
  /** Why the last action taken in the dialog failed; cleared when it opens. */
  @state() protected accessor problem = '';
  @query('pex-dialog') private accessor dialog!: PexDialog;

  readonly #controller: SessionController;

  /** `select`: the parts of the state the dialog renders. */
  constructor(select: StateSelector) {
    super();
    this.#controller = new SessionController(this, {select});
  }

  override willUpdate(): void {
    if (this.session && this.#controller.session !== this.session) this.#controller.useSession(this.session);
  }

  async show(): Promise<void> {
    this.problem = '';
    await this.dialog.show();
  }
}
