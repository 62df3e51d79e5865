/**
 * Panning a scrollable box by dragging it with a mouse, as a reactive controller: touch,
 * trackpads and wheels already scroll it natively, so only a mouse drag needs help. A drag
 * starts after the pointer moves 4 px, so a click that wobbles by a pixel or two is still a
 * click; the click that ends a drag is swallowed ({@link PanController.consumeClick}).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far in px a pressed mouse must move before it drags rather than clicks. */
export const DRAG_THRESHOLD = 4;

/**
 * Bind `onPointerDown`, `onPointerMove` and `onPointerUp` (also for `pointercancel`) to the
 * scrolling box; call `consumeClick()` in its click handler and ignore the click when it returns
 * true. The box gets the class `dragging` while dragged. Renders nothing.
 */
export class PanController implements ReactiveController {
  private _drag: { pointerId: number; x: number; scroll: number; moved: boolean } | null = null;
  private _suppressClick = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this._drag = null;
  }

  readonly onPointerDown = (e: PointerEvent): void => {
    this._suppressClick = false;
    const box = e.currentTarget as HTMLElement;
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    if (box.scrollWidth <= box.clientWidth) return;
    this._drag = { pointerId: e.pointerId, x: e.clientX, scroll: box.scrollLeft, moved: false };
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const drag = this._drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const box = e.currentTarget as HTMLElement;
    const dx = e.clientX - drag.x;
    if (!drag.moved) {
      if (Math.abs(dx) < DRAG_THRESHOLD) return;
      drag.moved = true;
      box.setPointerCapture?.(e.pointerId);
      box.classList.add('dragging');
    }
    box.scrollLeft = drag.scroll - dx;
  };

  readonly onPointerUp = (e: PointerEvent): void => {
    const drag = this._drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const box = e.currentTarget as HTMLElement;
    if (drag.moved) {
      this._suppressClick = true;
      box.classList.remove('dragging');
      if (box.hasPointerCapture?.(e.pointerId)) box.releasePointerCapture(e.pointerId);
    }
    this._drag = null;
  };

  /** True (once) when the click being handled ends a drag and must pick nothing. */
  consumeClick(): boolean {
    const suppress = this._suppressClick;
    this._suppressClick = false;
    return suppress;
  }
}
