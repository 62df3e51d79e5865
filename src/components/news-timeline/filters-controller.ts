/**
 * The filter buttons' behaviour (with the `filters` attribute): a category toggle or the "Key
 * events only" toggle changes the host's `categories` or `keyOnly`, then, once the host has
 * updated, the result is announced politely and `nt-filter` tells the page.
 */
import type { ReactiveElement } from 'lit';
import { ntEvent } from '../../events.js';
import type { TimelineView } from './view.js';
import { toggledCategories } from './view.js';

/** What the controller reads from and writes to its host. */
export interface FilterHost extends ReactiveElement {
  categories: string | undefined;
  keyOnly: boolean;
}

/** How the controller reaches the host's view and live region. */
export interface FilterOptions {
  /** The view after the last update. */
  view: () => TimelineView;
  /** The categories the filter shows now (empty: all). */
  shown: () => readonly string[];
  /** Says something in the host's polite live region. */
  announce: (kind: 'shown' | 'last-category', shown: number, total: number) => void;
}

/** Filter toggles for a host; holds no state of its own. */
export class FiltersController {
  private readonly _host: FilterHost;
  private readonly _options: FilterOptions;

  constructor(host: FilterHost, options: FilterOptions) {
    this._host = host;
    this._options = options;
  }

  /** Shows or hides category `id`; refuses (and says so) to hide the last category shown. */
  toggleCategory(id: string): void {
    const present = this._options.view().present.map((c) => c.id);
    const next = toggledCategories(present, this._options.shown(), id);
    if (next === null) {
      const { visible, total } = this._options.view();
      this._options.announce('last-category', visible.length, total);
      return;
    }
    this._host.categories = next?.join(' ');
    void this._changed();
  }

  /** Shows only the key events, or every event again. */
  toggleKeyOnly(): void {
    this._host.keyOnly = !this._host.keyOnly;
    void this._changed();
  }

  private async _changed(): Promise<void> {
    await this._host.updateComplete;
    const { total, visible } = this._options.view();
    const count = visible.length;
    this._options.announce('shown', count, total);
    const categories = [...this._options.shown()];
    this._host.dispatchEvent(
      ntEvent('nt-filter', { categories, keyOnly: this._host.keyOnly, count }),
    );
  }
}
