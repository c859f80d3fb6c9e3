import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Re-renders its host every `intervalMs` while connected: for times left that count down. */
export class ClockController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs: number
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}
