/**
 * The messages an iframe sends its host so that the host sizes the frame to its content, in the
 * three protocols newsrooms meet, and the host messages it answers. Pure; no DOM.
 *
 * - Pym.js v1 (NPR): strings `pymxPYMx<childId>xPYMx<type>xPYMx<value>`; the child sends
 *   `height`, the parent sends `width` when its own width changes (and expects a `height` back).
 * - AMP's `amp-iframe` with `resizable`: `{ sentinel: 'amp', type: 'embed-size', height }`.
 * - WordPress oEmbed (`wp-embed.js`): `{ message: 'height', value, secret }`, where `secret` is
 *   the one WordPress put in the frame's address (`#?secret=…`); WordPress sends
 *   `{ message: 'ready', secret }` when its script starts, and expects the height again.
 */

/** Pym.js's separator between the parts of a message. */
export const PYM_DELIMITER = 'xPYMx';

/** A Pym.js v1 message from the child with id `childId`: `pymxPYMx<id>xPYMx<type>xPYMx<value>`. */
export function pymMessage(childId: string, type: string, value: string): string {
  return ['pym', childId, type, value].join(PYM_DELIMITER);
}

/** A Pym.js message addressed to `childId`, read: its type and value; `null` for anything else. */
export function readPymMessage(
  data: unknown,
  childId: string,
): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const [pym, id, type, ...value] = data.split(PYM_DELIMITER);
  if (pym !== 'pym' || id !== childId || !type || !value.length) return null;
  return { type, value: value.join(PYM_DELIMITER) };
}

/** AMP's resize request from an `amp-iframe`. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** WordPress's height message from an oEmbed frame. */
export interface WordPressHeight {
  message: 'height';
  value: number;
  secret: string;
}

/** Who the frame talks to: Pym.js's child id and WordPress's secret, when it was given them. */
export interface SizeTargets {
  childId: string | null;
  secret: string | null;
}

/**
 * Every message that tells a host the frame's content is `height` CSS px tall (a whole number):
 * Pym.js's when there is a `childId`, AMP's always (an AMP host ignores the others, and any other
 * host ignores it), WordPress's when there is a `secret`.
 */
export function sizeMessages(
  height: number,
  { childId, secret }: SizeTargets,
): (string | AmpEmbedSize | WordPressHeight)[] {
  const h = Math.max(0, Math.ceil(height));
  const messages: (string | AmpEmbedSize | WordPressHeight)[] = [];
  if (childId) messages.push(pymMessage(childId, 'height', String(h)));
  messages.push({ sentinel: 'amp', type: 'embed-size', height: h });
  if (secret) messages.push({ message: 'height', value: h, secret });
  return messages;
}

/**
 * True for a host message that asks for the height again: Pym.js's `width` (the parent's width
 * changed) and WordPress's `ready` (its script started after the frame).
 */
export function asksForHeight(data: unknown, { childId, secret }: SizeTargets): boolean {
  if (childId && readPymMessage(data, childId)?.type === 'width') return true;
  if (!secret || typeof data !== 'object' || data === null) return false;
  const { message, secret: theirs } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && theirs === secret;
}
