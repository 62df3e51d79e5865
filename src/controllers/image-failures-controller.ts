/**
 * Which images failed to load, so that the element shows their alt text instead of the browser's
 * broken-image icon. Templates bind `onError` to each `<img>`'s `error` event; the host updates
 * when a new address fails, and reads `failed(url)` while rendering. Renders nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ImageFailuresController implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _failed = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when the image at `url` (as its `src` attribute holds it) failed to load. */
  failed(url: string): boolean {
    return this._failed.has(url);
  }

  /**
   * The `error` listener of an `<img>`: remembers its address and updates the host (once per
   * address; an image that fails stays failed for the element's life).
   */
  readonly onError = (event: Event): void => {
    const src = (event.currentTarget as Element | null)?.getAttribute('src');
    if (!src || this._failed.has(src)) return;
    this._failed.add(src);
    this._host.requestUpdate();
  };
}
