import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tells the host when the device goes on- or offline (the uploading screen says when it is not). */
export class OnlineController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly changed: (online: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#update);
    window.addEventListener('offline', this.#update);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#update);
    window.removeEventListener('offline', this.#update);
  }

  #update = (): void => this.changed(navigator.onLine);
}
