import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { loadDataTools } from '../data/load-tools.js';
import { formatOf } from '../data/read-core.js';
import {
  DataSourceController,
  type DataSourceOptions,
  type DataSourceState,
} from './data-source-controller.js';

/** A bare host: no rendering, it only counts the updates the controller asks for. */
class DataSourceTestHost extends ReactiveElement {
  static options: DataSourceOptions | undefined;
  readonly source = new DataSourceController(this, DataSourceTestHost.options);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('nt-data-source-test-host', DataSourceTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'nt-data-source-test-host': DataSourceTestHost;
  }
}

const DATA = '/test/fixtures/data';
const abs = (path: string) => new URL(path, document.baseURI).href;

/** A host made with `options`, after the test that set them. */
async function host(
  options?: DataSourceOptions,
  content:
    string | ReturnType<typeof html> = html`<nt-data-source-test-host></nt-data-source-test-host>`,
): Promise<DataSourceTestHost> {
  DataSourceTestHost.options = options;
  try {
    return await fixture<DataSourceTestHost>(content);
  } finally {
    DataSourceTestHost.options = undefined;
  }
}

/** A host with a script child (a string: Lit does not bind inside `<script>`). */
const inline = (json: unknown, type = 'application/json') =>
  `<nt-data-source-test-host><script type="${type}">${JSON.stringify(json)}</script></nt-data-source-test-host>`;

/** Waits until the state has `status`, and returns it. */
async function settled<S extends DataSourceState['status']>(
  el: DataSourceTestHost,
  status: S,
): Promise<Extract<DataSourceState, { status: S }>> {
  await waitUntil(
    () => el.source.state.status === status,
    `expected status ${status}, still ${JSON.stringify(el.source.state).slice(0, 300)}`,
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el.source.state as Extract<DataSourceState, { status: S }>;
}

/** Resolves after `ms` milliseconds (for "nothing more happens" checks). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A `fetch` that records its calls and passes them on to the real one. */
function spyFetch() {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fn = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return fetch(input, init);
  }) as typeof fetch;
  return { calls, fetch: fn };
}

/** A `fetch` that answers only when told to, and ignores aborts (as a slow proxy might). */
function manualFetch() {
  const pending: { url: string; answer: (body: string, type?: string) => void }[] = [];
  const fn = ((input: RequestInfo | URL) =>
    new Promise<Response>((resolve) => {
      pending.push({
        url: String(input),
        answer: (body, type = 'application/json') =>
          resolve(new Response(body, { headers: { 'content-type': type } })),
      });
    })) as typeof fetch;
  return { pending, fetch: fn };
}

function titleOf(state: DataSourceState): string | undefined {
  return state.status === 'ready' ? state.result.dataset?.title : undefined;
}

describe('DataSourceController', () => {
  describe('without src or inline script', () => {
    it('is idle and makes no request', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      el.source.setSrc(null);
      el.source.setSrc('   ');
      expect(el.source.state).to.deep.equal({ status: 'idle' });
      expect(spy.calls).to.deep.equal([]);
    });
  });

  describe('setSrc(url)', () => {
    it('loads and validates a JSON dataset, relative to document.baseURI', async () => {
      const el = await host();
      el.source.setSrc(`${DATA}/events.json`);
      expect(el.source.state).to.deep.equal({
        status: 'loading',
        url: abs(`${DATA}/events.json`),
      });
      const state = await settled(el, 'ready');
      expect(state.origin).to.equal('src');
      expect(state.format).to.equal('json');
      expect(state.url).to.equal(abs(`${DATA}/events.json`));
      expect(state.result.problems).to.deep.equal([]);
      expect(state.result.dataset!.events.map((e) => e.id)).to.deep.equal([
        'council-approves-plan',
        'construction-starts',
        'bridge-opens',
      ]);
    });

    it('loads a CSV sheet (text/csv), with problems at spreadsheet paths', async () => {
      const el = await host();
      el.source.setSrc(`${DATA}/events.csv`);
      const state = await settled(el, 'ready');
      expect(state.format).to.equal('csv');
      expect(state.result.dataset!.events.map((e) => e.id)).to.deep.equal([
        'csv-council-vote',
        'csv-audit',
      ]);
      expect(state.result.dataset!.events[0].people).to.deep.equal(['Maria Ortega', 'Tom Reyes']);
      expect(state.result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    });

    it('tells CSV from JSON by the text when neither type nor extension says (text/plain)', async () => {
      const el = await host();
      el.source.setSrc(`${DATA}/sheet.txt`);
      expect((await settled(el, 'ready')).format).to.equal('csv');
      el.source.setSrc(`${DATA}/dataset.txt`);
      await waitUntil(() => titleOf(el.source.state) === 'Served as plain text');
      expect(el.source.state).to.include({ status: 'ready', format: 'json' });
    });

    it('reports a body that is not JSON as a problem of the data, with its line', async () => {
      const el = await host();
      el.source.setSrc(`${DATA}/broken-json.txt`);
      const state = await settled(el, 'ready');
      expect(state.result.dataset).to.equal(null);
      expect(state.result.problems).to.have.length(1);
      expect(state.result.problems[0].message).to.match(/not valid JSON.*line 4/);
    });

    it('refuses a web page (text/html) in place of data', async () => {
      const el = await host();
      el.source.setSrc(`${DATA}/page.html`);
      const state = await settled(el, 'error');
      expect(state.message).to.equal(
        `Could not load ${abs(`${DATA}/page.html`)}: the server sent a web page (text/html), ` +
          'not JSON or CSV data. Check the address.',
      );
      expect(state.url).to.equal(abs(`${DATA}/page.html`));
    });

    it('says what the server answered for a 404 or a 500', async () => {
      const el = await host();
      el.source.setSrc(`${DATA}/no-such-file.json`);
      expect((await settled(el, 'error')).message).to.equal(
        `Could not load ${abs(`${DATA}/no-such-file.json`)}: the server answered 404 Not ` +
          'Found. Check the address.',
      );
      el.source.setSrc('/__status/500');
      await waitUntil(
        () => el.source.state.status === 'error' && el.source.state.url?.endsWith('500'),
      );
      expect(el.source.state).to.deep.equal({
        status: 'error',
        url: abs('/__status/500'),
        message: `Could not load ${abs('/__status/500')}: the server answered 500 Internal Server Error. Try again later.`,
      });
    });

    it('says when the server cannot be reached', async () => {
      const el = await host();
      // Port 9 (discard) on the loopback: refused at once, no DNS, no waiting.
      el.source.setSrc('http://127.0.0.1:9/data.json');
      const state = await settled(el, 'error');
      expect(state.message).to.match(
        /^Could not load http:\/\/127\.0\.0\.1:9\/data\.json: the request failed\. The server could not be reached/,
      );
    });

    for (const src of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:application/json,{"title":"x","events":[]}',
      'file:///etc/passwd',
      'ftp://example.com/data.json',
      'blob:https://example.com/1234',
    ]) {
      it(`makes no request for ${JSON.stringify(src)}, and says why`, async () => {
        const spy = spyFetch();
        const el = await host(spy);
        el.source.setSrc(src);
        expect(el.source.state.status).to.equal('error');
        expect((el.source.state as { message: string }).message).to.equal(
          `Could not load ${JSON.stringify(src)}: only https: and http: addresses (or a path on ` +
            'this site) can be loaded.',
        );
        await pause(20);
        expect(spy.calls).to.deep.equal([]);
      });
    }

    it('says when the address cannot be parsed', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      el.source.setSrc('http://[oops]/data.json');
      expect(el.source.state).to.deep.equal({
        status: 'error',
        message: 'Could not load "http://[oops]/data.json": it is not a valid address.',
      });
      expect(spy.calls).to.deep.equal([]);
    });

    it('asks for JSON or CSV, and calls requestUpdate on every change of state', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      const seen: string[] = [];
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
        seen.push(el.source.state.status);
        original(...args);
      };
      el.source.setSrc(`${DATA}/events.json`);
      await settled(el, 'ready');
      el.source.setSrc('javascript:void 0');
      el.source.setSrc(null);
      expect(seen).to.deep.equal(['loading', 'ready', 'error', 'idle']);
      expect(new Headers(spy.calls[0].init!.headers).get('accept')).to.equal(
        'application/json, text/csv;q=0.9, */*;q=0.1',
      );
    });

    it('does nothing when given the address it already has', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      el.source.setSrc(`${DATA}/events.json`);
      el.source.setSrc(`${DATA}/events.json`);
      el.source.setSrc(` ${DATA}/events.json `);
      await settled(el, 'ready');
      expect(spy.calls).to.have.length(1);
    });
  });

  describe('aborting', () => {
    it('aborts the request under way when src changes, and keeps the newer data', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      el.source.setSrc(`/__slow/400${DATA}/dataset.txt`);
      await pause(50);
      el.source.setSrc(`${DATA}/events.json`);
      expect(spy.calls[0].init!.signal!.aborted).to.equal(true);
      await waitUntil(() => titleOf(el.source.state) === 'The harbor bridge, from plan to opening');
      // Long after the slow answer would have come: still the newer data.
      await pause(600);
      expect(titleOf(el.source.state)).to.equal('The harbor bridge, from plan to opening');
      expect(spy.calls[1].init!.signal!.aborted).to.equal(false);
    });

    it('never lets a late answer to a superseded request overwrite a newer state', async () => {
      const manual = manualFetch();
      const el = await host(manual);
      el.source.setSrc('https://example.com/old.json');
      el.source.setSrc('https://example.com/new.json');
      expect(manual.pending.map((p) => p.url)).to.deep.equal([
        'https://example.com/old.json',
        'https://example.com/new.json',
      ]);
      manual.pending[1].answer(JSON.stringify({ title: 'New', events: [] }));
      await waitUntil(() => titleOf(el.source.state) === 'New');
      // The old request ignored its abort and answers late.
      manual.pending[0].answer(JSON.stringify({ title: 'Old', events: [] }));
      await pause(50);
      expect(titleOf(el.source.state)).to.equal('New');

      // Same when the newer state is an error, or idle.
      el.source.setSrc('https://example.com/a.json');
      el.source.setSrc('javascript:0');
      el.source.setSrc(null);
      manual.pending[2].answer(JSON.stringify({ title: 'A', events: [] }));
      await pause(50);
      expect(el.source.state).to.deep.equal({ status: 'idle' });
    });

    it('aborts when the host is disconnected, and loads again when it is reconnected', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      const errors: unknown[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        el.source.setSrc(`/__slow/300${DATA}/events.json`);
        await pause(50);
        const parent = el.parentNode!;
        el.remove();
        expect(spy.calls).to.have.length(1);
        expect(spy.calls[0].init!.signal!.aborted).to.equal(true);
        await pause(400);
        expect(el.source.state.status).to.equal('loading');
        parent.append(el);
        expect(spy.calls).to.have.length(2);
        const state = await settled(el, 'ready');
        expect(state.result.dataset!.id).to.equal('harbor-bridge');
        expect(errors).to.deep.equal([]);
      } finally {
        console.error = originalError;
      }
    });

    it('does not load again on reconnect when the load had finished', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      el.source.setSrc(`${DATA}/events.json`);
      await settled(el, 'ready');
      const parent = el.parentNode!;
      el.remove();
      parent.append(el);
      await pause(20);
      expect(spy.calls).to.have.length(1);
      expect(el.source.state.status).to.equal('ready');
    });

    it('waits for the host to be connected before loading', async () => {
      const spy = spyFetch();
      DataSourceTestHost.options = spy;
      const el = document.createElement('nt-data-source-test-host');
      DataSourceTestHost.options = undefined;
      el.source.setSrc(`${DATA}/events.json`);
      await pause(20);
      expect(spy.calls).to.deep.equal([]);
      document.body.append(el);
      try {
        await settled(el, 'ready');
        expect(spy.calls).to.have.length(1);
      } finally {
        el.remove();
      }
    });
  });

  describe('retry()', () => {
    it('loads again after a failure, bypassing the cache', async () => {
      const spy = spyFetch();
      const el = await host(spy);
      // A key of its own, so the endpoint's first answer (503) is this test's: unique, as the
      // browsers share the test server's counters and may run this file at the same time.
      const key = `data-source-retry-${Math.random().toString(36).slice(2)}`;
      el.source.setSrc(`/__flaky/${key}/${DATA.slice(1)}/events.json`);
      const failed = await settled(el, 'error');
      expect(failed.message).to.match(
        /the server answered 503 Service Unavailable\. Try again later\.$/,
      );
      el.source.retry();
      expect(el.source.state.status).to.equal('loading');
      const state = await settled(el, 'ready');
      expect(state.result.dataset!.id).to.equal('harbor-bridge');
      expect(spy.calls.map((c) => c.init!.cache)).to.deep.equal(['default', 'no-cache']);
    });

    it('does nothing while a request is under way', async () => {
      const manual = manualFetch();
      const el = await host(manual);
      el.source.setSrc('https://example.com/data.json');
      el.source.retry();
      expect(manual.pending).to.have.length(1);
    });
  });

  describe('inline <script type="application/json">', () => {
    it('reads the script when there is no src', async () => {
      const el = await host(undefined, inline({ title: 'Inline', events: [] }));
      const state = await settled(el, 'ready');
      expect(state.origin).to.equal('inline');
      expect(state.format).to.equal('json');
      expect(state.url).to.equal(undefined);
      expect(state.result.dataset!.title).to.equal('Inline');
    });

    it('picks up edits to the script, its removal and a new one (MutationObserver)', async () => {
      const el = await host(undefined, inline({ title: 'First', events: [] }));
      await settled(el, 'ready');
      const script = el.querySelector('script')!;
      script.textContent = JSON.stringify({ title: 'Second', events: [] });
      await waitUntil(() => titleOf(el.source.state) === 'Second');
      (script.firstChild as Text).data = JSON.stringify({ title: 'Third', events: [] });
      await waitUntil(() => titleOf(el.source.state) === 'Third');
      script.remove();
      await waitUntil(() => el.source.state.status === 'idle');
      const again = document.createElement('script');
      again.type = 'application/json';
      again.textContent = JSON.stringify({ title: 'Fourth', events: [] });
      el.append(again);
      await waitUntil(() => titleOf(el.source.state) === 'Fourth');
      again.type = 'text/plain';
      await waitUntil(() => el.source.state.status === 'idle');
    });

    it('reads a script appended after the host was connected (parser upgrade)', async () => {
      const el = await host();
      expect(el.source.state.status).to.equal('idle');
      const script = document.createElement('script');
      script.type = 'application/json';
      el.append(script);
      script.append(JSON.stringify({ title: 'Streamed in', events: [] }));
      await waitUntil(() => titleOf(el.source.state) === 'Streamed in');
    });

    it('reads text/csv too, and accepts parameters in the type', async () => {
      const el = await host(
        undefined,
        '<nt-data-source-test-host><script type="text/csv; charset=utf-8">\ndate,title\n' +
          '2025-01-01,New year\n</script></nt-data-source-test-host>',
      );
      const state = await settled(el, 'ready');
      expect(state.format).to.equal('csv');
      expect(state.result.dataset!.events.map((e) => e.title)).to.deep.equal(['New year']);
    });

    it('reports unusable inline data as problems (empty, not JSON)', async () => {
      const el = await host(
        undefined,
        '<nt-data-source-test-host><script type="application/json"></script></nt-data-source-test-host>',
      );
      const state = await settled(el, 'ready');
      expect(state.result.dataset).to.equal(null);
      expect(state.result.problems[0].message).to.equal('The data is empty: expected JSON text.');
      el.querySelector('script')!.textContent = '{ "title": ';
      await waitUntil(() => {
        const s = el.source.state;
        return s.status === 'ready' && /not valid JSON/.test(s.result.problems[0]?.message ?? '');
      });
    });

    it('ignores scripts that are not direct children, and other types', async () => {
      const el = await host(
        undefined,
        '<nt-data-source-test-host><div><script type="application/json">' +
          '{"title":"Nested","events":[]}</script></div><script type="text/plain">' +
          '{"title":"Plain","events":[]}</script></nt-data-source-test-host>',
      );
      await pause(20);
      expect(el.source.state).to.deep.equal({ status: 'idle' });
    });

    it('does not change state (or update the host) when an edit leaves the data as it was', async () => {
      const el = await host(undefined, inline({ title: 'Same', events: [] }));
      const before = await settled(el, 'ready');
      const updates = el.updates;
      el.querySelector('script')!.setAttribute('data-note', 'x');
      el.append(document.createElement('span'));
      await pause(20);
      await el.updateComplete;
      expect(el.source.state).to.equal(before);
      expect(el.updates).to.equal(updates);
    });
  });

  describe('precedence', () => {
    it('uses src over an inline script, and the script again when src is cleared', async () => {
      const el = await host(undefined, inline({ title: 'Inline', events: [] }));
      await settled(el, 'ready');
      expect(titleOf(el.source.state)).to.equal('Inline');
      el.source.setSrc(`${DATA}/events.json`);
      await waitUntil(() => el.source.state.status === 'ready');
      expect(el.source.state).to.include({ origin: 'src' });
      // Edits to the script do not matter while src is set.
      el.querySelector('script')!.textContent = '{"title":"Edited","events":[]}';
      await pause(20);
      expect(titleOf(el.source.state)).to.equal('The harbor bridge, from plan to opening');
      el.source.setSrc(undefined);
      expect(el.source.state).to.include({ status: 'ready', origin: 'inline' });
      expect(titleOf(el.source.state)).to.equal('Edited');
    });

    it('an inline script does not interrupt a src load', async () => {
      const el = await host();
      el.source.setSrc(`/__slow/100${DATA}/events.json`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"title":"Inline","events":[]}';
      el.append(script);
      await settled(el, 'ready');
      expect(el.source.state).to.include({ origin: 'src' });
    });
  });
});

describe('DataSourceController with the data tools loaded on demand (tools option)', () => {
  /** Data tools that arrive when `arrive()` is called, or fail when `fail()` is. */
  function manualTools() {
    let calls = 0;
    let settle: { arrive: () => void; fail: () => void } | undefined;
    const tools = () => {
      calls++;
      return new Promise<Awaited<ReturnType<typeof loadDataTools>>>((resolve, reject) => {
        settle = {
          arrive: () => void loadDataTools().then(resolve),
          fail: () => reject(new TypeError('Failed to fetch dynamically imported module')),
        };
      });
    };
    return {
      tools,
      calls: () => calls,
      arrive: () => settle!.arrive(),
      fail: () => settle!.fail(),
    };
  }

  it('shows an inline script as loading until the tools arrive, then reads it', async () => {
    const t = manualTools();
    const el = await host({ tools: t.tools }, inline({ title: 'Waited for', events: [] }));
    expect(el.source.state).to.deep.equal({ status: 'loading' });
    t.arrive();
    expect(titleOf(await settled(el, 'ready'))).to.equal('Waited for');
    // Loaded once: an edit is read at once, without asking for the tools again.
    el.querySelector('script')!.textContent = JSON.stringify({ title: 'Edited', events: [] });
    await waitUntil(() => titleOf(el.source.state) === 'Edited');
    expect(t.calls()).to.equal(1);
  });

  it('says the tools could not be loaded, and reads the script on Try again', async () => {
    const t = manualTools();
    const el = await host({ tools: t.tools }, inline({ title: 'Second try', events: [] }));
    t.fail();
    const error = await settled(el, 'error');
    expect(error.message).to.match(/part of news-timeline that reads data could not be loaded/);
    expect(error.message).to.include('news-timeline.bundle.js');
    el.source.retry();
    expect(el.source.state.status).to.equal('loading');
    t.arrive();
    expect(titleOf(await settled(el, 'ready'))).to.equal('Second try');
  });

  it('fails a src whose file arrived when the tools did not, naming the missing part', async () => {
    const t = manualTools();
    const el = await host({ tools: t.tools });
    el.source.setSrc(`${DATA}/events.json`);
    t.fail();
    const error = await settled(el, 'error');
    expect(error.message).to.equal(
      'The part of news-timeline that reads data could not be loaded: the file ' +
        'news-timeline.data-tools.<hash>.js, published beside news-timeline.bundle.js. Copy ' +
        'every news-timeline.*.js file together.',
    );
    expect(error.url).to.equal(abs(`${DATA}/events.json`));
    el.source.retry();
    t.arrive();
    expect((await settled(el, 'ready')).result.dataset!.events.length).to.be.above(0);
  });
});

describe('formatOf(text, contentType, pathname)', () => {
  const csv = 'date,title\n2025-01-01,A';
  const json = '{"title":"A","events":[]}';
  it('goes by the content type first', () => {
    expect(formatOf(csv, 'application/json; charset=utf-8', '/a.csv')).to.equal('json');
    expect(formatOf(json, 'text/csv', '/a.json')).to.equal('csv');
    expect(formatOf(json, 'application/vnd.api+json', '/a')).to.equal('json');
    expect(formatOf(json, 'text/tab-separated-values', '/a')).to.equal('csv');
  });
  it('then by the extension', () => {
    expect(formatOf(csv, 'text/plain', '/data/a.JSON')).to.equal('json');
    expect(formatOf(json, null, '/data/a.csv')).to.equal('csv');
    expect(formatOf(json, 'application/octet-stream', '/a.tsv')).to.equal('csv');
  });
  it('then by the text (looksLikeCsv)', () => {
    expect(formatOf(csv, 'text/plain', '/data')).to.equal('csv');
    expect(formatOf(json, 'text/plain', '/data.txt')).to.equal('json');
    expect(formatOf('nonsense', null, '/')).to.equal('json');
  });
});
