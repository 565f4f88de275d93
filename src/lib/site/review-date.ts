/** A date as the pages write it and as machines read it: "1 December 2026" and "2026-12-01" (in UTC, so the build's time zone cannot shift it). */
export function reviewDate(date: Date): { text: string; iso: string } {
  return {
    text: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date),
    iso: date.toISOString().slice(0, 10),
  };
}

/** The review date a built page declares (`data-reviewed="YYYY-MM-DD"`, written by ProseLayout), if any. */
export function reviewDateOfPage(html: string): string | undefined {
  return /\bdata-reviewed="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}
