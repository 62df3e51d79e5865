/**
 * The keyboard model of a timeline as a reactive controller, after Spectrum's `FocusGroup`: one
 * tab stop, arrow keys (either axis) move between items, Home and End jump to the ends, Enter or
 * Space selects, Escape clears. Left and Right follow the reading direction: on a right-to-left
 * page Left goes to the next item (WAI-ARIA Authoring Practices, "Keyboard Navigation Inside
 * Components": in right-to-left languages the left and right arrows are reversed). It holds
 * which item has the keyboard's place (`activeId`) and moves focus there after the host renders; the host decides what focusing means (a roving
 * `tabindex` in the list, `aria-activedescendant` in the drawing's listbox).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How the controller reaches the host's items. */
export interface RovingFocusOptions {
  /** The items' ids, in navigation order. */
  ids: () => readonly string[];
  /** Whether a key event's target is an item itself (not a link or button inside one). */
  isItem: (target: Element) => boolean;
  /** Enter or Space on an item. */
  onSelect: (id: string) => void;
  /** Escape; returns false when there was nothing to clear (the key is then left alone). */
  onClear: () => boolean;
  /** Moves keyboard focus to the item with this id (called after the host has rendered). */
  focus: (id: string) => void;
  /** The reading direction around the items (default `ltr`): `rtl` swaps Left and Right. */
  dir?: () => 'ltr' | 'rtl';
}

/** Roving focus over a list of ids. Renders nothing. */
export class RovingFocusController implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _options: RovingFocusOptions;
  private _activeId: string | null = null;
  private _focusPending = false;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** The id of the item that holds the keyboard's place (the one in the tab order). */
  get activeId(): string | null {
    return this._activeId;
  }

  /** Gives the keyboard's place to `id`; with `focus`, focus follows after the next render. */
  setActive(id: string | null, { focus = false }: { focus?: boolean } = {}): void {
    if (focus) this._focusPending = true;
    if (id === this._activeId && !focus) return;
    this._activeId = id;
    this._host.requestUpdate();
  }

  /**
   * Keeps the place on an item that is still there; otherwise moves it, without focusing, to
   * `fallback` or the first item. Call while the host updates (`willUpdate`).
   */
  sync(ids: readonly string[], fallback?: string): void {
    if (this._activeId !== null && ids.includes(this._activeId)) return;
    this._activeId = (fallback !== undefined && ids.includes(fallback) ? fallback : ids[0]) ?? null;
  }

  /**
   * The id `delta` items away from `from` (default: the active item), clamped to the ends;
   * `undefined` when there are no items.
   */
  offset(delta: number, from: string | null = this._activeId): string | undefined {
    const ids = this._options.ids();
    const index = ids.indexOf(from ?? '');
    return ids[Math.min(ids.length - 1, Math.max(0, index + delta))];
  }

  hostUpdated(): void {
    if (!this._focusPending) return;
    this._focusPending = false;
    if (this._activeId !== null) this._options.focus(this._activeId);
  }

  /** The keydown handler for the element that holds the items. Modified keys are left alone. */
  readonly handleKeydown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const ids = this._options.ids();
    const index = Math.max(0, ids.indexOf(this._activeId ?? ''));
    const next = this._target(e.key, index, ids.length);
    if (next === undefined) {
      if (!this._act(e, ids[index])) return;
    } else if (ids[next] !== undefined) {
      this.setActive(ids[next]!, { focus: true });
    }
    e.preventDefault();
  };

  /** The index an arrow, Home or End moves to; `undefined` for any other key. */
  private _target(key: string, index: number, count: number): number | undefined {
    if (this._options.dir?.() === 'rtl' && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      key = key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    }
    switch (key) {
      case 'ArrowDown':
      case 'ArrowRight':
        return Math.min(count - 1, index + 1);
      case 'ArrowUp':
      case 'ArrowLeft':
        return Math.max(0, index - 1);
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      default:
        return undefined;
    }
  }

  /** Enter, Space and Escape; returns whether the key was used. */
  private _act(e: KeyboardEvent, id: string | undefined): boolean {
    if (e.key === 'Enter' || e.key === ' ') {
      // A link or button inside an item keeps its own Enter and Space.
      if (!this._options.isItem(e.target as Element)) return false;
      if (id !== undefined) this._options.onSelect(id);
      return true;
    }
    if (e.key === 'Escape') return this._options.onClear();
    return false;
  }
}
