/**
 * Bringing an event to the reader inside a timeline's shadow root: keyboard focus to it, or a
 * scroll that reveals it, in the list (its article) or the drawing (its marker and label).
 */
import { scrollBehavior } from '../../controllers/media.js';
import type { ResolvedLayout } from '../../options.js';

function eventElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`);
}

/**
 * Scrolls the drawing to an event once it is defined (its part loads on demand) and has drawn
 * what it was last given: after the host's own update, or before the part has arrived.
 */
export function scrollAxisWhenDrawn(root: ParentNode, id: string): void {
  const axis = root.querySelector('news-timeline-axis');
  if (!axis) return;
  void customElements
    .whenDefined('news-timeline-axis')
    .then(() => axis.updateComplete)
    .then(() => axis.isConnected && axis.scrollToEvent(id));
}

/** Scrolls the drawing to an event now, or once its part has arrived and drawn. */
function scrollAxisTo(root: ParentNode, id: string): void {
  const axis = root.querySelector('news-timeline-axis');
  if (axis && customElements.get('news-timeline-axis')) axis.scrollToEvent(id);
  else scrollAxisWhenDrawn(root, id);
}

/** Keyboard focus to an event: the list's article, or the drawing's marker brought into view. */
export function focusEvent(root: ParentNode, id: string, layout: ResolvedLayout): void {
  if (layout === 'horizontal') scrollAxisTo(root, id);
  else eventElement(root, id)?.focus();
}

/** Scrolls an event into view, smoothly unless the reader prefers reduced motion. */
export function revealEvent(root: ParentNode, id: string, layout: ResolvedLayout): void {
  eventElement(root, id)?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  if (layout === 'horizontal') scrollAxisTo(root, id);
}
