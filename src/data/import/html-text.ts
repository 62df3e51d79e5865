/**
 * HTML to plain text, without the DOM (importers run in Node too), keeping the links.
 *
 * What a reader of the HTML would see, as text: tags are dropped, character references decoded,
 * runs of white space (line breaks in the source included) become one space, `<br>` is a line
 * break, and a block (`<p>`, `<div>`, `<li>`, headings…) starts and ends a line. The contents of
 * `<script>`, `<style>`, `<template>`, `<iframe>` and comments are dropped. Nothing here ever
 * becomes markup again: the result is text.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import { decodeEntities } from './entities.js';

/** A link found in the HTML. */
export interface HtmlLink {
  /** The `href`, decoded and trimmed, as written (not resolved). */
  href: string;
  /** The text of the link, on one line; empty for an address found in the text. */
  text: string;
  /** The `title` attribute, on one line; empty when there is none. */
  title: string;
}

/** What `htmlToText` returns. */
export interface HtmlText {
  /** Plain text; lines separated by `\n`, no line blank at either end, at most one blank in a row. */
  text: string;
  /** The `<a href>` links in document order, then (with `autolink`) bare `http(s)` addresses. */
  links: HtmlLink[];
}

const BLOCKS = new Set(
  (
    'address article aside blockquote caption dd div dl dt figcaption figure footer h1 h2 h3 h4 ' +
    'h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul'
  ).split(' '),
);
const SKIPPED = new Set(['script', 'style', 'template', 'iframe', 'noscript', 'textarea', 'title']);
const NAME = /^[A-Za-z][A-Za-z0-9-]*/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Addresses in text, as TimelineJS's autolink finds them (http and https only). */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;

interface Tag {
  /** Index just past the tag. */
  end: number;
  /** Lower-case element name; empty for comments, doctypes and processing instructions. */
  name: string;
  closing: boolean;
  attributes: string;
}

/** Where a start tag that begins at `from` ends: the first `>` outside a quoted value. */
function startTagEnd(html: string, from: number): number {
  let quote = '';
  let previous = '';
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && previous === '=') {
      quote = c;
    } else if (c === '>') {
      return j;
    }
    if (!/\s/.test(c)) previous = c;
  }
  return html.indexOf('>', from);
}

/** Reads the markup at `html[lt] === '<'`, or returns `null` when it is text (`a < b`). */
function readTag(html: string, lt: number): Tag | null {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return { end: close < 0 ? html.length : close + 3, name: '', closing: false, attributes: '' };
  }
  const next = html[lt + 1] ?? '';
  if (next === '!' || next === '?') {
    const close = html.indexOf('>', lt);
    return close < 0 ? null : { end: close + 1, name: '', closing: false, attributes: '' };
  }
  const closing = next === '/';
  const start = lt + (closing ? 2 : 1);
  const name = NAME.exec(html.slice(start, start + 64))?.[0];
  if (!name) return null;
  const close = closing ? html.indexOf('>', start) : startTagEnd(html, start + name.length);
  if (close < 0) return null;
  const attributes = closing ? '' : html.slice(start + name.length, close);
  return { end: close + 1, name: name.toLowerCase(), closing, attributes };
}

function attributesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Collects the text and the links as the markup is read. */
class TextCollector {
  private out = '';
  /** True while the current line holds no text yet (and at the very start). */
  private lineEmpty = true;
  private link: { start: number; href: string; title: string } | null = null;
  readonly links: HtmlLink[] = [];
  readonly bare: HtmlLink[] = [];

  constructor(private readonly autolink: boolean) {}

  text(raw: string): void {
    const text = decodeEntities(raw).replace(/[ \t\n\r\f]+/g, ' ');
    if (this.autolink && !this.link) {
      for (const m of text.matchAll(BARE_URL)) {
        this.bare.push({ href: trimUrl(m[0]), text: '', title: '' });
      }
    }
    this.out += text;
    if (text.trim() !== '') this.lineEmpty = false;
  }

  /** A `<br>`: always a new line. */
  lineBreak(): void {
    this.out += '\n';
    this.lineEmpty = true;
  }

  /** The edge of a block: a new line unless one was just started. */
  blockEdge(): void {
    if (!this.lineEmpty) this.lineBreak();
  }

  openLink(attributes: Map<string, string>): void {
    this.closeLink();
    const href = (attributes.get('href') ?? '').trim();
    if (href) this.link = { start: this.out.length, href, title: attributes.get('title') ?? '' };
  }

  closeLink(): void {
    if (!this.link) return;
    const { start, href, title } = this.link;
    this.links.push({ href, text: oneLine(this.out.slice(start)), title: oneLine(title) });
    this.link = null;
  }

  result(): HtmlText {
    this.closeLink();
    const text = this.out
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
    const hrefs = new Set(this.links.map((l) => l.href));
    return { text, links: [...this.links, ...this.bare.filter((l) => !hrefs.has(l.href))] };
  }
}

/** Drops the punctuation that ends a sentence rather than an address. */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?]+$/, '');
  while (/[)\]]$/.test(out) && !out.includes(out.endsWith(')') ? '(' : '[')) {
    out = out.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return out;
}

function handleTag(tag: Tag, into: TextCollector): void {
  if (tag.name === 'br') into.lineBreak();
  else if (tag.name === 'a') {
    if (tag.closing) into.closeLink();
    else into.openLink(attributesOf(tag.attributes));
  } else if (BLOCKS.has(tag.name)) into.blockEdge();
}

/** Where the content of a skipped element (`<script>`…) ends: just past its end tag. */
function skippedEnd(html: string, name: string, from: number): number {
  const close = html.toLowerCase().indexOf(`</${name}`, from);
  if (close < 0) return html.length;
  const gt = html.indexOf('>', close);
  return gt < 0 ? html.length : gt + 1;
}

/**
 * Reads HTML as text. With `autolink` (TimelineJS's default), bare `http(s)` addresses in the
 * text count as links too, as TimelineJS makes them clickable. Never throws.
 */
export function htmlToText(html: string, options: { autolink?: boolean } = {}): HtmlText {
  const into = new TextCollector(options.autolink ?? false);
  // Past the last `>` no tag can close: that rest is text (or a comment), read at once, which
  // keeps a long run of `<a<a<a…` from being scanned again from each `<`.
  const lastGt = html.lastIndexOf('>');
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt > lastGt) {
      const comment = lt >= 0 ? html.indexOf('<!--', lt) : -1;
      into.text(html.slice(i, comment < 0 ? html.length : comment));
      break;
    }
    into.text(html.slice(i, lt));
    const tag = readTag(html, lt);
    if (!tag) {
      into.text('<');
      i = lt + 1;
      continue;
    }
    handleTag(tag, into);
    const selfClosing = tag.attributes.trimEnd().endsWith('/');
    i =
      SKIPPED.has(tag.name) && !tag.closing && !selfClosing
        ? skippedEnd(html, tag.name, tag.end)
        : tag.end;
  }
  return into.result();
}

/** HTML as one line of plain text (a headline, a caption, a credit, a group). */
export function htmlToLine(html: string): string {
  return oneLine(htmlToText(html).text);
}
