/**
 * Hints for date cells that a spreadsheet rewrote: a date typed into a cell formatted as a date
 * comes back as `4/7/2025`.
 */

/** `4/7/2025`, `7.4.2025`, `4/7/25`: a date in a spreadsheet's display format. */
const DISPLAYED = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;

/**
 * A hint (a sentence for a warning) for a date cell that looks rewritten by a spreadsheet, or
 * `null` when it does not. The cell is not changed: the validator still reports it as no date.
 */
export function dateCellHint(value: string): string | null {
  if (!DISPLAYED.test(value)) return null;
  return (
    `${JSON.stringify(value)} looks like a date the spreadsheet reformatted. Format the ` +
    'column as text and write YYYY-MM-DD.'
  );
}
