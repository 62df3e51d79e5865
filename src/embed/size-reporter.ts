/**
 * Tells the page that holds this frame how tall the frame's content is, whenever that changes,
 * in every protocol of `messages.ts`, and answers the host messages that ask for it again.
 */
import { asksForHeight, sizeMessages, type SizeTargets } from './messages.js';

/** The height of a document's content in CSS px, rounded up (never the frame's own height). */
export function documentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Watches `win`'s document with a `ResizeObserver` and posts its height to `win.parent` on the
 * first layout and on every change (the same height is not sent twice in a row), until `stop()`.
 * In a window that is not a frame it does nothing.
 */
export class SizeReporter {
  private readonly win: Window;
  private readonly targets: SizeTargets;
  private observer: ResizeObserver | null = null;
  /** The height last sent, or -1. */
  private last = -1;

  constructor(win: Window, targets: SizeTargets) {
    this.win = win;
    this.targets = targets;
  }

  /** Starts watching (the observer reports the current height at once). */
  start(): void {
    if (this.observer || this.win.parent === this.win) return;
    this.observer = new ResizeObserver(() => this.report());
    this.observer.observe(this.win.document.documentElement);
    this.win.addEventListener('message', this.onMessage);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.win.removeEventListener('message', this.onMessage);
  }

  /** Posts the current height; `force` posts it even when it has not changed. */
  report(force = false): void {
    const height = documentHeight(this.win.document);
    if (!force && height === this.last) return;
    this.last = height;
    // The height is not a secret; the host's origin is not known (and may be anyone's).
    for (const message of sizeMessages(height, this.targets)) {
      this.win.parent.postMessage(message, '*');
    }
  }

  private readonly onMessage = (e: MessageEvent): void => {
    if (e.source === this.win.parent && asksForHeight(e.data, this.targets)) this.report(true);
  };
}
