import { HtmlValidate, type ConfigData } from 'html-validate';
import type { SiteProblem } from './site-problem.ts';

/** html-validate's severity for errors (1 is a warning, which does not fail the check). */
const ERROR = 2;

/**
 * Validates each page with html-validate under the given configuration (the project's
 * `.htmlvalidate.json`), one problem per error, with its rule, line and column.
 */
export async function validatePages(pages: Iterable<readonly [file: string, html: string]>, config: ConfigData): Promise<SiteProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: SiteProblem[] = [];
  for (const [file, html] of pages) {
    const report = await validator.validateString(html, file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      if (message.severity !== ERROR) continue;
      problems.push({
        file,
        message: `html-validate ${message.ruleId}: ${message.message} (line ${message.line}, column ${message.column})`,
        fix: `correct the markup in the component or page that writes it${message.ruleUrl ? ` (rule explained at ${message.ruleUrl})` : ''}`,
      });
    }
  }
  return problems;
}
