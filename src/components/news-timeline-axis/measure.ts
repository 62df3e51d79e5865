/**
 * Text widths for the layout, from a canvas in the font the element renders with. The one piece
 * of the drawing's layout that needs the DOM, handed to the pure layout as a function.
 */
import type { FontSpec, MeasureText } from '../../layout/axis-metrics.js';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A {@link MeasureText} for the font family `family` (a CSS `font-family` value): the advance
 * width in px that a canvas gives. Without a canvas (a DOM without one), 0.5 em per character.
 */
export function canvasMeasure(family: string): MeasureText {
  return (text: string, font: FontSpec) => {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * font.size * 0.5;
    context.font = `${font.weight} ${font.size}px ${family}`;
    return context.measureText(text).width;
  };
}
