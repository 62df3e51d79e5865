/**
 * A reactive controller that tracks the content-box size of an element, modelled on
 * `@lit-labs/observers`' `ResizeController`: it registers itself with its host, observes while the
 * host is connected, asks the host to update when the size changes, and renders nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link ResizeController}. */
export interface ResizeControllerOptions {
  /**
   * The element to observe, looked up when the host connects and after each of its updates (so
   * it may live in the host's shadow root, rendered later). Default: the host itself.
   */
  target?: () => Element | null;
  /**
   * Whether a new size (content box, px) calls for an update of the host. Default: any change.
   * A host that uses only part of what it observes says so here, and is spared the renders
   * that would change nothing: `<news-timeline>` only when its layout would switch, the axis
   * only when its width differs from the one it was laid out for.
   */
  shouldUpdate?: (size: { width: number; height: number }) => boolean;
}

/** Tracks `width` and `height` (content box, px) of the host or of a target element. */
export class ResizeController implements ReactiveController {
  /** Content-box width of the observed element in px; 0 until it has been observed. */
  width = 0;
  /** Content-box height of the observed element in px; 0 until it has been observed. */
  height = 0;

  private readonly _host: ReactiveControllerHost & Element;
  private readonly _target: () => Element | null;
  private readonly _shouldUpdate: (size: { width: number; height: number }) => boolean;
  private _observer: ResizeObserver | null = null;
  private _observed: Element | null = null;
  private _frame = 0;

  constructor(host: ReactiveControllerHost & Element, options: ResizeControllerOptions = {}) {
    this._host = host;
    this._target = options.target ?? (() => host);
    this._shouldUpdate = options.shouldUpdate ?? (() => true);
    host.addController(this);
  }

  hostConnected(): void {
    this._observer ??= new ResizeObserver((entries) => this._onResize(entries));
    this._observe();
  }

  hostUpdated(): void {
    // A target in the shadow root exists only after the first render, and may be replaced.
    if (this._observer && this._target() !== this._observed) this._observe();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._observer?.disconnect();
    this._observer = null;
    this._observed = null;
  }

  private _observe(): void {
    const observer = this._observer;
    if (!observer) return;
    const target = this._target();
    if (target === this._observed) return;
    if (this._observed) observer.unobserve(this._observed);
    this._observed = target;
    if (target) observer.observe(target);
  }

  private _onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries.find((e) => e.target === this._observed);
    if (!entry) return;
    const { width, height } = entry.contentRect;
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (!this._shouldUpdate({ width, height })) return;
    // Update in the next frame, not inside the observer's callback: an update that changes the
    // observed element's own size there (the timeline switching layout) would make the browser
    // report "ResizeObserver loop completed with undelivered notifications".
    if (this._frame === 0) {
      this._frame = requestAnimationFrame(() => {
        this._frame = 0;
        this._host.requestUpdate();
      });
    }
  }
}
