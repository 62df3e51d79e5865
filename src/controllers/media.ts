/**
 * The reader's media preferences, read in one place: reduced motion (for smooth scrolling) and
 * print (the list is printed whatever the layout). `MediaController` follows print as state;
 * `prefersReducedMotion()` is read at the moment a scroll starts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** True when the reader asked for reduced motion (`prefers-reduced-motion: reduce`). */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** `smooth` unless the reader prefers reduced motion, for `scrollTo` and `scrollIntoView`. */
export function scrollBehavior(): ScrollBehavior {
  return prefersReducedMotion() ? 'auto' : 'smooth';
}

/**
 * Tracks whether the page is being printed: `print` media, and `beforeprint`/`afterprint` (which
 * some browsers fire before the media query changes). The host updates when it changes.
 */
export class MediaController implements ReactiveController {
  /** True while the page prints. */
  printing = false;

  private readonly _host: ReactiveControllerHost;
  private readonly _print = globalThis.matchMedia?.('print');

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this._print?.addEventListener('change', this._onChange);
    window.addEventListener('beforeprint', this._before);
    window.addEventListener('afterprint', this._after);
  }

  hostDisconnected(): void {
    this._print?.removeEventListener('change', this._onChange);
    window.removeEventListener('beforeprint', this._before);
    window.removeEventListener('afterprint', this._after);
  }

  private _set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this._host.requestUpdate();
  }

  private readonly _onChange = (e: MediaQueryListEvent) => this._set(e.matches);
  private readonly _before = () => this._set(true);
  private readonly _after = () => this._set(!!this._print?.matches);
}
