/**
 * Every word of the interface, in one typed table per language. A message is a string with
 * `{name}` placeholders; one that depends on a count gives its plural forms by CLDR category
 * (`one`, `few`, `many`, `other`, … as `Intl.PluralRules` names them), `other` required. Tables
 * are plain JSON-compatible objects, so a page can supply its own (`strings` property) and a
 * partial table falls back to English key by key. Pure; no DOM.
 */

/** Plural forms of a message, by `Intl.PluralRules` category; `other` is required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** The interface's words. Placeholders are named in each key's description. */
export interface TimelineStrings {
  /** The heading when neither the `heading` attribute nor the data gives one. */
  heading: string;
  /** The accessible name of the legend. */
  legend: string;
  /** The legend entry and the label of a key event. */
  keyEvent: string;
  /** The accessible name of the group of filter buttons. */
  filters: string;
  /** The filter button for key events only. */
  keyOnly: string;
  /** Shown while `src` loads. */
  loading: string;
  /** Title of the box shown when `src` could not be loaded. */
  loadFailed: string;
  retry: string;
  retrying: string;
  /** Title of the box shown when nothing in the data can be used. */
  unusable: string;
  /** `{count}` events left out of the data. */
  leftOut: Message;
  /** Problems that left out details rather than events. */
  detailsLeftOut: string;
  /** The drawing's file could not be loaded (missing beside the bundle, offline): the list is shown. */
  drawingFailed: string;
  /** `{count}` more problems than are listed. */
  moreProblems: Message;
  /** The drawing's listbox: `{title}` and `{count}` events. */
  plotLabel: Message;
  /** An option of the drawing's listbox for a key event: `{label}`. */
  keyOption: string;
  previous: string;
  next: string;
  /** The card's counter: event `{index}` of `{count}`. */
  position: string;
  /** Shown in the card's place when nothing is selected. */
  hint: string;
  /** Filters match nothing. */
  noMatch: string;
  /** The data has no events. */
  noEvents: string;
  /** Footer: `{shown}` of `{total}` events shown. */
  showing: Message;
  /** Footer: `{date}` of the last update. */
  updated: string;
  /** Before the names of the people involved (read by screen readers only). */
  people: string;
  /** The heading of an event's sources, by their `{count}`. */
  sources: Message;
  /** After a link that opens in a new tab (screen readers only). */
  newTab: string;
  /** In place of the sources of an event that has none. */
  noSource: string;
  /** Before the alt text shown in place of an image that could not be loaded. */
  imageFailed: string;
  copyLink: string;
  /** The accessible name of "Copy link": the event's `{title}`. */
  copyLinkLabel: string;
  linkCopied: string;
  copyFailed: string;
  /** Announced: the reader selected the event of `{date}` titled `{title}`. */
  selectedAnnouncement: string;
  /** Announced: the selection was cleared. */
  clearedAnnouncement: string;
  /** Announced after a filter: `{shown}` of `{total}` events. */
  filterAnnouncement: Message;
  /** Announced when the reader tries to hide the last category shown. */
  lastCategory: string;
  /** Announced when copying failed: the link is `{url}`. */
  copyFailedAnnouncement: string;
  /** Written at the fading end of an open span. */
  openEnd: string;
  /** After the name of an open span. */
  noEndDate: string;
  /** The note of a span that starts before the axis: since `{date}`. */
  since: string;
  /**
   * The embed page's message when its address asks for data from a site it does not allow:
   * `{origin}` is that site (or the address, when it has none).
   */
  refusedSource: string;
}

/** The English table: every key, and what every other table falls back to. */
export const en: Readonly<TimelineStrings> = Object.freeze({
  heading: 'Timeline',
  legend: 'Legend',
  keyEvent: 'Key event',
  filters: 'Filter events',
  keyOnly: 'Key events only',
  loading: 'Loading the timeline…',
  loadFailed: 'This timeline could not be loaded.',
  retry: 'Try again',
  retrying: 'Trying again…',
  unusable: 'This timeline cannot be shown because its data is not usable.',
  leftOut: { one: '{count} event could not be shown', other: '{count} events could not be shown' },
  detailsLeftOut: 'Some details could not be shown',
  drawingFailed: 'The drawing could not be loaded, so the timeline is shown as a list.',
  moreProblems: { other: '…and {count} more.' },
  plotLabel: {
    one: '{title}: {count} event. Arrow keys move, Enter opens.',
    other: '{title}: {count} events. Arrow keys move, Enter opens.',
  },
  keyOption: '{label} (key event)',
  previous: 'Previous',
  next: 'Next',
  position: '{index} of {count}',
  hint: 'Select an event on the timeline to read it here, with its sources.',
  noMatch: 'No events match the current settings.',
  noEvents: 'There are no events to show yet.',
  showing: { other: 'Showing {shown} of {total} events.' },
  updated: 'Last updated {date}.',
  people: 'People involved: ',
  sources: { one: 'Source', other: 'Sources' },
  newTab: '(opens in a new tab)',
  noSource: 'No source listed',
  imageFailed: 'Image not available:',
  copyLink: 'Copy link',
  copyLinkLabel: 'Copy link to “{title}”',
  linkCopied: 'Link copied',
  copyFailed: 'Copy failed',
  selectedAnnouncement: 'Selected: {date}, {title}',
  clearedAnnouncement: 'Selection cleared',
  filterAnnouncement: { other: 'Showing {shown} of {total} events' },
  lastCategory: 'At least one category stays shown.',
  copyFailedAnnouncement: 'Could not copy; the link is {url}',
  openEnd: 'no end date →',
  noEndDate: 'no end date',
  since: 'since {date}',
  refusedSource:
    'This timeline cannot be shown: its data would come from {origin}, a site this page does not load data from.',
});

/** The Spanish table (`es`): every key, in neutral Latin American and European Spanish. */
export const es: Readonly<TimelineStrings> = Object.freeze({
  heading: 'Cronología',
  legend: 'Leyenda',
  keyEvent: 'Hecho clave',
  filters: 'Filtrar los hechos',
  keyOnly: 'Solo hechos clave',
  loading: 'Cargando la cronología…',
  loadFailed: 'No se pudo cargar esta cronología.',
  retry: 'Reintentar',
  retrying: 'Reintentando…',
  unusable: 'No se puede mostrar esta cronología porque sus datos no son utilizables.',
  leftOut: {
    one: 'No se pudo mostrar {count} hecho',
    other: 'No se pudieron mostrar {count} hechos',
  },
  detailsLeftOut: 'No se pudieron mostrar algunos detalles',
  drawingFailed: 'No se pudo cargar la vista gráfica; la cronología se muestra como lista.',
  moreProblems: { other: '…y {count} más.' },
  plotLabel: {
    one: '{title}: {count} hecho. Las flechas recorren los hechos; Intro abre uno.',
    other: '{title}: {count} hechos. Las flechas recorren los hechos; Intro abre uno.',
  },
  keyOption: '{label} (hecho clave)',
  previous: 'Anterior',
  next: 'Siguiente',
  position: '{index} de {count}',
  hint: 'Seleccione un hecho de la cronología para leerlo aquí, con sus fuentes.',
  noMatch: 'Ningún hecho coincide con la selección actual.',
  noEvents: 'Todavía no hay hechos que mostrar.',
  showing: 'Hechos mostrados: {shown} de {total}.',
  updated: 'Última actualización: {date}.',
  people: 'Personas: ',
  sources: { one: 'Fuente', other: 'Fuentes' },
  newTab: '(se abre en una pestaña nueva)',
  noSource: 'Sin fuente indicada',
  imageFailed: 'Imagen no disponible:',
  copyLink: 'Copiar enlace',
  copyLinkLabel: 'Copiar el enlace a «{title}»',
  linkCopied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar',
  selectedAnnouncement: 'Seleccionado: {date}, {title}',
  clearedAnnouncement: 'Selección borrada',
  filterAnnouncement: 'Hechos mostrados: {shown} de {total}',
  lastCategory: 'Al menos una categoría debe seguir visible.',
  copyFailedAnnouncement: 'No se pudo copiar; el enlace es {url}',
  openEnd: 'sin fecha de fin →',
  noEndDate: 'sin fecha de fin',
  since: 'desde {date}',
  refusedSource:
    'No se puede mostrar esta cronología: sus datos vendrían de {origin}, un sitio del que esta página no carga datos.',
});

/** The built-in tables, by language subtag. */
export const BUILT_IN: Readonly<Record<string, Readonly<TimelineStrings>>> = Object.freeze({
  en,
  es,
});

/** Right-to-left scripts' languages, for the direction of a table supplied for them. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'dv',
  'fa',
  'ha',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ur',
  'yi',
]);

/** The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0]!) ? 'rtl' : 'ltr';
}

/**
 * The table for `locale`: the built-in one for its language (`es-MX` → `es`), else English;
 * with the page's `overrides` (a partial table, any language) over it, key by key. A key whose
 * override is not a string or a table of plural forms with `other` is ignored.
 */
export function stringsFor(
  locale: string,
  overrides?: Partial<Record<keyof TimelineStrings, unknown>> | null,
): TimelineStrings {
  const base = BUILT_IN[locale.toLowerCase().split(/[-_]/)[0]!] ?? en;
  if (!overrides || typeof overrides !== 'object') return base;
  const table: TimelineStrings = { ...base };
  for (const key of Object.keys(en) as (keyof TimelineStrings)[]) {
    const value = overrides[key];
    if (isMessage(value)) (table as unknown as Record<string, Message>)[key] = value;
  }
  return table;
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (!value || typeof value !== 'object') return false;
  const forms = Object.entries(value as Record<string, unknown>);
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    forms.every(
      ([k, v]) =>
        ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k) && typeof v === 'string',
    )
  );
}

/**
 * The language the table for `locale` is written in: `locale` when the page supplies words or a
 * table is built in for its language, else English (`en`). The interface's text is marked with
 * it, so that an English interface on an Arabic page keeps its own order.
 */
export function stringsLanguage(locale: string, overrides?: object | null): string {
  if (overrides && typeof overrides === 'object' && Object.keys(overrides).length) return locale;
  return BUILT_IN[locale.toLowerCase().split(/[-_]/)[0]!] ? locale : 'en';
}
