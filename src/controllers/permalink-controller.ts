/**
 * Deep links to events as a reactive controller: every event has an address,
 * `#<scope>/<event id>` on the page's own URL. It reads the page's address when the host
 * connects and whenever the hash changes, keeps the address in step with the selection
 * (`history.replaceState`, so the Back button is not filled with selections) and copies an
 * event's address to the clipboard.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How the controller learns the scope of its links and hands over the event they name. */
export interface PermalinkOptions {
  /** The scope of this timeline's links: the element's `id`, else its dataset's id. */
  scope: () => string;
  /**
   * The page's address names an event of this timeline (its id, maybe not in the data yet):
   * select it, and return whether it was taken. A taken event is revealed after the next render.
   */
  onLink: (id: string) => boolean;
  /** Scrolls a linked event into view (called after the host has rendered). */
  reveal: (id: string) => void;
}

/** The outcome of the last "Copy link". */
export interface CopiedLink {
  id: string;
  ok: boolean;
}

/** Reads and writes `#<scope>/<id>` addresses. Renders nothing. */
export class PermalinkController implements ReactiveController {
  /** The event whose link was copied last, and whether copying worked (for the button's text). */
  copied: CopiedLink | null = null;

  private readonly _host: ReactiveControllerHost;
  private readonly _options: PermalinkOptions;
  /** A linked event to reveal after the next render. */
  private _reveal: string | null = null;

  constructor(host: ReactiveControllerHost, options: PermalinkOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onHashChange);
    this._onHashChange();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._onHashChange);
  }

  hostUpdated(): void {
    const id = this._reveal;
    this._reveal = null;
    if (id !== null) this._options.reveal(id);
  }

  /** Follows the page's address again: for data that arrived after the page opened. */
  follow(): void {
    this._onHashChange();
  }

  /** The id the page's address names in this timeline's scope, or `null`. */
  linkedId(): string | null {
    let hash: string;
    try {
      hash = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return null; // a malformed address (#%E0%A4%A) is not ours to read
    }
    const prefix = `${this._options.scope()}/`;
    return hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
  }

  /** The absolute address of an event: the page's address with `#<scope>/<id>`. */
  eventUrl(id: string): string {
    const url = new URL(window.location.href);
    url.hash = `${this._options.scope()}/${id}`;
    return url.href;
  }

  /** Puts the event's address in the address bar (or takes the hash off, for `null`). */
  replace(id: string | null): void {
    const url = id ? this.eventUrl(id) : window.location.href.replace(/#.*$/, '');
    history.replaceState(history.state, '', url);
  }

  /** Copies the event's address to the clipboard; `copied` says how it went. */
  async copy(id: string): Promise<CopiedLink> {
    let ok = true;
    try {
      await navigator.clipboard.writeText(this.eventUrl(id));
    } catch {
      ok = false;
    }
    this.copied = { id, ok };
    this._host.requestUpdate();
    return this.copied;
  }

  private readonly _onHashChange = (): void => {
    const id = this.linkedId();
    if (id !== null && this._options.onLink(id)) {
      this._reveal = id;
      this._host.requestUpdate();
    }
  };
}
