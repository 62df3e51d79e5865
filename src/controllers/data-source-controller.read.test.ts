/**
 * What DataSourceController hands its host from a file's bytes: the reading step's answer, so a
 * Windows-1252 sheet reads right (with its warning) and a TimelineJS file is recognised and
 * imported, by src and inline. Responses come from a stub `fetch`, byte for byte.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import {
  DataSourceController,
  type DataSourceOptions,
  type DataSourceState,
} from './data-source-controller.js';

class ReadTestHost extends ReactiveElement {
  static options: DataSourceOptions | undefined;
  readonly source = new DataSourceController(this, ReadTestHost.options);
}
customElements.define('nt-read-test-host', ReadTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'nt-read-test-host': ReadTestHost;
  }
}

/** A `fetch` that answers every request with these bytes and this content type. */
function bytesFetch(bytes: Uint8Array<ArrayBuffer>, type: string | null): typeof fetch {
  return (() =>
    Promise.resolve(
      new Response(bytes, { headers: type === null ? {} : { 'content-type': type } }),
    )) as typeof fetch;
}

async function load(src: string, fetchStub: typeof fetch): Promise<ReadTestHost> {
  ReadTestHost.options = { fetch: fetchStub };
  try {
    const el = await fixture<ReadTestHost>(html`<nt-read-test-host></nt-read-test-host>`);
    el.source.setSrc(src);
    await waitUntil(() => el.source.state.status === 'ready', 'ready', { timeout: 5000 });
    return el;
  } finally {
    ReadTestHost.options = undefined;
  }
}

const ready = (el: ReadTestHost) =>
  el.source.state as Extract<DataSourceState, { status: 'ready' }>;

/** Latin-1 text as Windows-1252 bytes (one byte a character). */
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('DataSourceController reading bytes', () => {
  it('decodes a file that is not UTF-8 as Windows-1252, with the warning first', async () => {
    const el = await load(
      '/sheet.csv',
      bytesFetch(cp1252('id,date,title\nref,2025-04-02,Référendum\n'), 'text/csv'),
    );
    const { result, format } = ready(el);
    expect(format).to.equal('csv');
    expect(result.dataset!.events[0].title).to.equal('Référendum');
    expect(result.problems[0].message).to.contain('Windows-1252');
  });

  it('recognises a TimelineJS sheet sent with no content type, and imports it', async () => {
    const sheet =
      'Year,Month,Headline,Text,Media,Type,Group\n2001,9,Opening,Doors open.,,,Events\n';
    const el = await load('/export', bytesFetch(new TextEncoder().encode(sheet), null));
    const { result, format } = ready(el);
    expect(format).to.equal('csv');
    expect(result.dataset!.events.map((e) => [e.date, e.title, e.category])).to.deep.equal([
      ['2001-09', 'Opening', 'events'],
    ]);
  });

  it('recognises a TimelineJS JSON file, by src and in an inline script', async () => {
    const timeline = {
      title: { text: { headline: 'T' } },
      events: [{ start_date: { year: 1999 }, text: { headline: 'A' } }],
    };
    const text = JSON.stringify(timeline);
    const el = await load(
      '/t.json',
      bytesFetch(new TextEncoder().encode(text), 'application/json'),
    );
    expect(ready(el).result.dataset!.title).to.equal('T');
    const inline = await fixture<ReadTestHost>(
      `<nt-read-test-host><script type="application/json">${text}</script></nt-read-test-host>`,
    );
    await waitUntil(() => inline.source.state.status === 'ready', 'ready');
    expect(ready(inline).result.dataset!.events[0].date).to.equal('1999');
  });
});
