import { ExportFormat } from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

export interface ExportColumn<R> {
  /** CSV header and JSON key: stable snake_case names, part of the open-data format. */
  field: string;
  value: (row: R) => string | number | boolean | null;
}

const UTF8_BOM = '\uFEFF';

/** A cell that a spreadsheet would run as a formula is prefixed so it stays text. */
function neutralize(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Sends rows as CSV (UTF-8 with BOM, so Excel in es-MX shows accents) or JSON, as a download. */
export function sendExport<R>(response: Response, format: ExportFormat, basename: string, columns: ExportColumn<R>[], rows: R[]): void {
  // The commission's day (Mexico City), not UTC's: a download at 19:00 there is still stamped with that day. The wall
  // clock's day is only a label of the file name, not a rule, so it does not thread the api's Clock through every export.
  // eslint-disable-next-line no-restricted-syntax
  const stamp = commissionDay();
  response.setHeader('Content-Disposition', `attachment; filename="${basename}-${stamp}.${format}"`);
  if (format === 'json') {
    response
      .type('application/json')
      .send(JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.field, c.value(row)])))));
    return;
  }
  const csv = stringify([columns.map((c) => c.field), ...rows.map((row) => columns.map((c) => neutralize(c.value(row))))]);
  response.type('text/csv; charset=utf-8').send(UTF8_BOM + csv);
}
