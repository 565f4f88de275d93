/**
 * The first step of `npm test`: the export checks and PDF tests run real programs (biber, BibTeX,
 * pandoc, poppler). Missing ones are installed from Debian's packages where that is possible (root on
 * Debian/Ubuntu, saying so); anywhere else the test run stops here with the command that installs them,
 * so no check ever passes because its tool was absent.
 */
import { canInstallWithApt, hasCommand, installHint, installWithApt, TEST_TOOLS } from './lib/setup/system-tools.ts';
import { findChromium } from './lib/browser/find-chromium.ts';

let missing = TEST_TOOLS.filter((tool) => !hasCommand(tool.command));
if (missing.length > 0 && canInstallWithApt()) {
  installWithApt([...new Set(missing.flatMap((tool) => tool.debian))], missing.map((tool) => tool.purpose).join('; '));
  missing = missing.filter((tool) => !hasCommand(tool.command));
}
if (missing.length > 0) {
  console.error(`npm test needs ${missing.map((tool) => `${tool.command} (${tool.purpose})`).join(', ')}. Install them: ${installHint(missing)}`);
  process.exit(1);
}
try {
  console.log(`Test tools: ${TEST_TOOLS.map((tool) => tool.command).join(', ')}; browser ${findChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
