import type { CslDate } from '../csl/csl-item.ts';

/** How a year that is not a plain number is read, and what to tell the author about it. */
export interface DateReading {
  /** The date to show, or undefined for none (shown as "n.d."). */
  issued?: CslDate;
  /** A publication status shown in place of the date ("in press"). */
  status?: string;
  /** How the value is shown, for the warning: `it is shown as …`. */
  shownAs: string;
  /** What the author could change, using only what the value already says. */
  fix: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_MACROS = MONTHS.map((month) => month.slice(0, 3));
/** Publication states that stand in for a date, as CSL's terms and APA write them. */
const STATUSES = new Set(['in press', 'forthcoming', 'to appear', 'submitted', 'accepted', 'in preparation', 'under review']);
const BCE = /^(\d{1,4})\s*(?:B\.?\s?C\.?(?:\s?E\.?)?)$/i;
const CE = /^(?:(?:A\.?\s?D\.?|C\.?\s?E\.?)\s*(\d{1,4})|(\d{1,4})\s*(?:A\.?\s?D\.?|C\.?\s?E\.?))$/i;
const MONTH_YEAR = /^([A-Za-z]+)\.?,?\s+(\d{4})$|^(\d{4}),?\s+([A-Za-z]+)\.?$/;

/**
 * Reads a year written as something other than a plain number, the way a reader would: "August,
 * 2005" as August 2005; "535 BCE" as the year 535 before the common era (CSL writes it as the
 * negative year -535, which citeproc prints as "535 BC"; CSL has no year zero); "in press" and
 * "forthcoming" as a publication status; anything else with a digit in it as a literal date,
 * shown as written; and a value with no digit at all ("???") as no date.
 */
export function readYear(written: string): DateReading {
  const value = written.trim();
  const lower = value.toLowerCase().replace(/[.\s]+$/, '');
  if (STATUSES.has(lower)) {
    return { status: lower, shownAs: `the publication status "${lower}"`, fix: 'when the work is published, write the year it gives as year = {…}' };
  }
  const bce = BCE.exec(value);
  if (bce) {
    const year = Number(bce[1]);
    return {
      issued: { 'date-parts': [[-year]] },
      shownAs: `the year ${year} before the common era (${year} BCE)`,
      fix: 'none needed if that is right (BibTeX styles print the year as written and sort it as text)',
    };
  }
  const ce = CE.exec(value);
  if (ce) {
    const year = Number(ce[1] ?? ce[2]);
    return { issued: { 'date-parts': [[year]] }, shownAs: `the year ${year}`, fix: `write the year alone: year = {${year}}` };
  }
  const monthYear = MONTH_YEAR.exec(value);
  const monthName = (monthYear?.[1] ?? monthYear?.[4] ?? '').toLowerCase();
  const month = MONTHS.findIndex((name, index) => monthName === name || monthName === MONTH_MACROS[index] || (monthName === 'sept' && index === 8));
  if (monthYear && month >= 0) {
    const year = Number(monthYear[2] ?? monthYear[3]);
    return {
      issued: { 'date-parts': [[year, month + 1]] },
      shownAs: `${MONTHS[month]?.replace(/^./, (first) => first.toUpperCase())} ${year}`,
      fix: `write the year and the month apart: year = {${year}}, month = ${MONTH_MACROS[month]}`,
    };
  }
  if (/\d/.test(value)) {
    return {
      issued: { literal: value },
      shownAs: `"${value}", as written`,
      fix: 'if the work gives a single year, write it as year = {…}; a range can be written date = {start/end}',
    };
  }
  return { shownAs: 'n.d. (no date)', fix: 'write the year the work gives as year = {…}, or remove the field if it gives none' };
}
