/**
 * `styleProps({ left: '12px', '--_cat': 'red' })`: sets inline style properties through the
 * CSSOM (`element.style.setProperty`), on every render including the first.
 *
 * Why not `styleMap`: on its first render Lit's `styleMap` writes a `style="…"` attribute, and a
 * page with a strict Content Security Policy (no `'unsafe-inline'` for `style-src`) blocks style
 * attributes, so a timeline embedded in such a page would lose its colours and positions. CSSOM
 * changes are not governed by that policy. Used in element position: `<div ${styleProps(…)}>`.
 */
import { noChange, type ElementPart } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type DirectiveResult,
  type PartInfo,
} from 'lit/directive.js';

/** Property names as in CSS (`left`, `border-top-color`, `--_cat`); `null`/`undefined` removes. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private _set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('styleProps() goes in element position: <div ${styleProps({...})}>');
    }
  }

  render(_props: StyleProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      next.add(name);
      const text = String(value);
      if (style.getPropertyValue(name) !== text) style.setProperty(name, text);
    }
    for (const name of this._set) if (!next.has(name)) style.removeProperty(name);
    this._set = next;
    return noChange;
  }
}

// Annotated so the published .d.ts names lit/directive.js, not lit-html (not a direct dependency).
export const styleProps: (props: StyleProps) => DirectiveResult<typeof StylePropsDirective> =
  directive(StylePropsDirective);
