/**
 * A reactive controller that loads the parts of the library a page may never need (the drawing,
 * the data tools, a translation of the bundled story) the first time its host asks for them,
 * and asks the host to update when each arrives or fails. The drop-in bundle keeps them in files
 * of its own beside it (rollup's code-splitting: a dynamic `import()` resolves against the
 * importing module's URL, so they come from the bundle's own folder and host); the ESM build
 * leaves the split to the app's bundler.
 *
 * While something is loading, `settled` is a promise the host's `getUpdateComplete` awaits, so
 * that `await el.updateComplete` means "rendered with everything it needed" (Lit's documented
 * way to extend `updateComplete`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The state of one part: loading, loaded (with the part), failed (with why). */
export type PartState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/** Loads parts on first use, by name; see the module's comment. */
export class OnDemandController implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _states = new Map<string, PartState<unknown>>();
  private readonly _promises = new Map<string, Promise<unknown>>();
  private readonly _pending = new Set<Promise<unknown>>();

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The state of the part named `name`. The first call starts `load` (a function that resolves
   * to the part, typically a dynamic `import()`); the host updates when it has arrived or
   * failed. A failure is kept, not retried on every render (see `forget`). `here` is the part
   * when it has already arrived (a module another element loaded): then it is ready at once,
   * with no render in the loading state.
   */
  need<T>(name: string, load: () => Promise<T>, here?: T): PartState<T> {
    if (!this._states.has(name)) {
      if (here !== undefined) {
        this._states.set(name, { status: 'ready', value: here });
        this._promises.set(name, Promise.resolve(here));
      } else {
        void this.load(name, load).catch(() => undefined);
      }
    }
    return this._states.get(name) as PartState<T>;
  }

  /**
   * The part named `name`, as a promise: for code that waits for it (a controller reading data)
   * rather than rendering its state. Shares `need`'s state, so the host's `settled()` waits for
   * it too; a part that failed before rejects again with the same message until `forget`.
   */
  load<T>(name: string, load: () => Promise<T>): Promise<T> {
    const known = this._promises.get(name) as Promise<T> | undefined;
    if (known) return known;
    this._states.set(name, { status: 'loading' });
    const part = load();
    this._promises.set(name, part);
    const settle = part
      .then(
        (value) => this._states.set(name, { status: 'ready', value }),
        (error: unknown) =>
          this._states.set(name, {
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
      .then(() => {
        this._pending.delete(settle);
        this._host.requestUpdate();
      });
    this._pending.add(settle);
    return part;
  }

  /**
   * Forgets a part that failed, so that the next `need` or `load` tries again (the reader
   * pressed Try again). Does nothing to a part that is loading or loaded.
   */
  forget(name: string): void {
    if (this._states.get(name)?.status !== 'failed') return;
    this._states.delete(name);
    this._promises.delete(name);
  }

  /** Whether some part is loading. */
  get busy(): boolean {
    return this._pending.size > 0;
  }

  /** Resolves when every part asked for so far has arrived or failed, and the host was told. */
  async settled(): Promise<void> {
    while (this._pending.size) await Promise.all([...this._pending]);
  }
}
