// The bench's instruments inside the page: a classic script written inline as the first thing in
// every bench page's <head>, so that its observers see the whole load. The page calls one of the
// contender functions at the end; `window.__bench.result` resolves with what it measured.
// Browser code only (no imports); the same text goes into every page, whatever the contender.
(() => {
  const bench = {
    /** Long tasks (PerformanceObserver `longtask`): `{ start, duration }`. */
    longTasks: [],
    /** Layout shifts without recent input: `{ start, value }`; their sum is the CLS. */
    shifts: [],
    /** Each Lit update of a watched element: `{ tag, start, end }`. */
    updates: [],
    /** Entry types this browser does not observe. */
    unsupported: [],
  };
  window.__bench = bench;

  const observe = (type, record) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(record));
      observer.observe({ type, buffered: true });
    } catch {
      bench.unsupported.push(type);
    }
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
  });

  let resolve;
  let reject;
  bench.result = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });

  /** The next animation frame; resolves with the time its callback ran. */
  bench.frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

  /** `n` animation frames; the time of the last. */
  bench.frames = async (n) => {
    let t = 0;
    for (let i = 0; i < n; i++) t = await bench.frame();
    return t;
  };

  const task = () => new Promise((r) => setTimeout(r, 0));

  /** Runs `measure` and resolves `bench.result` with its figures and what the observers saw. */
  bench.run = (measure) => {
    Promise.resolve()
      .then(measure)
      .then(
        (figures) => resolve({ ...figures, ...bench.observed() }),
        (error) => reject(new Error(String(error?.stack ?? error))),
      );
  };

  /** What the observers saw so far, and when the page and its files arrived. */
  bench.observed = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      longTasks: [...bench.longTasks],
      shifts: [...bench.shifts],
      updates: [...bench.updates],
      unsupported: bench.unsupported,
      html: nav ? { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive } : null,
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
      })),
    };
  };

  /**
   * Waits for the first render to be painted, then for it to settle. `painted`: the second
   * animation frame after the content is in the DOM (the frame that showed it has been painted).
   * `settled`: the same after the last follow-up update (a resize observation, a redraw), found
   * by waiting one more frame and asking `activity()` whether anything updated meanwhile.
   * @param {() => number} activity a counter of the contender's updates
   * @param {() => Promise<void>} ready resolves when the contender has rendered
   */
  bench.settle = async (activity, ready) => {
    await ready();
    let seen = activity();
    const painted = await bench.frames(2);
    let settled = painted;
    for (let i = 0; i < 20; i++) {
      await bench.frame();
      await task();
      if (activity() === seen) return { painted, settled, rounds: i + 1 };
      seen = activity();
      await ready();
      settled = await bench.frames(2);
    }
    throw new Error('the contender never stopped updating');
  };

  /** The first element matching `selector` in `root`, once it exists. */
  bench.find = (root, selector, timeout = 60_000) =>
    new Promise((res, rej) => {
      const found = root.querySelector(selector);
      if (found) return res(found);
      const timer = setTimeout(() => rej(new Error(`no ${selector} after ${timeout} ms`)), timeout);
      const observer = new MutationObserver(() => {
        const el = root.querySelector(selector);
        if (!el) return;
        observer.disconnect();
        clearTimeout(timer);
        res(el);
      });
      observer.observe(root, { childList: true, subtree: true });
    });

  /** Records every update of the elements `tags` (their `performUpdate`), once each is defined. */
  bench.watchLit = (...tags) => {
    const wrap = (C) => {
      if (Object.prototype.hasOwnProperty.call(C.prototype, 'performUpdate')) return;
      const original = C.prototype.performUpdate;
      C.prototype.performUpdate = function performUpdate() {
        const start = performance.now();
        try {
          return original.call(this);
        } finally {
          bench.updates.push({ tag: this.localName, start, end: performance.now() });
        }
      };
    };
    for (const tag of tags) {
      const C = customElements.get(tag);
      if (C) wrap(C);
      else customElements.whenDefined(tag).then(() => wrap(customElements.get(tag)));
    }
  };

  /** Resolves when a `<news-timeline>` has rendered `layout` (and its drawing, if horizontal). */
  bench.timelineReady = async (el, layout) => {
    await customElements.whenDefined('news-timeline');
    await el.updateComplete;
    const root = el.shadowRoot;
    if (root.querySelector('[part~="error"]')) throw new Error('the timeline shows its error box');
    if (layout !== 'horizontal') {
      await bench.find(root, '[part~="list"]');
      return;
    }
    const axis = await bench.find(root, 'news-timeline-axis');
    await customElements.whenDefined('news-timeline-axis');
    await axis.updateComplete;
  };

  /** How many events a `<news-timeline>` shows: items of its list, or markers of its drawing. */
  bench.timelineItems = (el) => {
    const axis = el.shadowRoot.querySelector('news-timeline-axis');
    const root = axis ? axis.shadowRoot : el.shadowRoot;
    return root.querySelectorAll(axis ? '[part~="marker"]' : '[part~="event"]').length;
  };

  /** The JSON of `<script type="application/json" id="data">`. */
  bench.data = () => JSON.parse(document.getElementById('data').textContent);

  /** Contender: `<news-timeline>` created with the data, put in `#stage`, rendered. */
  bench.element = (layout) =>
    bench.run(async () => {
      bench.watchLit('news-timeline', 'news-timeline-axis');
      const data = bench.data();
      const created = performance.now();
      const el = document.createElement('news-timeline');
      el.setAttribute('layout', layout);
      el.data = data;
      document.getElementById('stage').append(el);
      const times = await bench.settle(
        () => bench.updates.length,
        () => bench.timelineReady(el, layout),
      );
      return { created, ...times, items: bench.timelineItems(el) };
    });

  /** Contender: the element's list as static HTML, parsed into a shadow root in `#stage`. */
  bench.staticHtml = (attributes) =>
    bench.run(async () => {
      const markup = document.getElementById('markup').textContent;
      const created = performance.now();
      const host = document.createElement('div');
      for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
      host.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.getElementById('stage').append(host);
      const times = await bench.settle(
        () => 0,
        async () => {},
      );
      const items = host.shadowRoot.querySelectorAll('[part~="event"]').length;
      return { created, ...times, items };
    });

  /**
   * The article page: the drop-in `<news-timeline>` is already in the document; wait for it to
   * render `layout` (what its width should give), settle, and half a second more for late
   * shifts, then report. Fails when the element chose another layout.
   */
  bench.article = (layout) =>
    bench.run(async () => {
      bench.watchLit('news-timeline', 'news-timeline-axis');
      const el = document.querySelector('news-timeline');
      const times = await bench.settle(
        () => bench.updates.length,
        () => bench.timelineReady(el, layout),
      );
      const drawn = el.shadowRoot.querySelector('news-timeline-axis') ? 'horizontal' : 'vertical';
      if (drawn !== layout) throw new Error(`expected the ${layout} layout, got ${drawn}`);
      await new Promise((r) => setTimeout(r, 500));
      return { created: 0, ...times, items: bench.timelineItems(el) };
    });

  /** Contender: vis-timeline (the standalone build), default options, items with start dates. */
  bench.vis = () =>
    bench.run(async () => {
      const items = bench.data().events.map((e) => ({ id: e.id, content: e.title, start: e.date }));
      const created = performance.now();
      let changes = 0;
      const timeline = new window.vis.Timeline(document.getElementById('stage'), items, {});
      timeline.on('changed', () => changes++);
      const times = await bench.settle(
        () => changes,
        async () => {},
      );
      const shown = document.querySelectorAll('#stage .vis-item-content').length;
      return { created, ...times, items: shown };
    });
})();
