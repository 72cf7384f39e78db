/**
 * @module common/dates
 *
 * Calendar dates written by people ("20 May 2024", "November 7, 2024",
 * "2024-11-19T08:00:00Z") to ISO 8601, for metadata. chrono-node reads the
 * words (its English parsers only: loading every locale doubles start-up);
 * a date counts only when day, month and year are all stated.
 */
import * as chrono from 'chrono-node/en';

export function isoDate(raw: string, reference: string | null = null): string | null {
  const trimmed = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  const refDate = reference && !Number.isNaN(Date.parse(reference)) ? new Date(reference) : undefined;
  const [result] = chrono.strict.parse(trimmed, refDate);
  if (!result) return null;
  const { start } = result;
  if (!(start.isCertain('day') && start.isCertain('month') && start.isCertain('year'))) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
}
