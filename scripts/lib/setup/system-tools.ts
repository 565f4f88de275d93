import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A command-line tool a step needs, with the packages that provide it on each system. */
export interface SystemTool {
  /** The command looked for on PATH. */
  command: string;
  /** What it is for, in a few words. */
  purpose: string;
  /** Debian/Ubuntu packages. */
  debian: string[];
  /** Homebrew formulae or casks (macOS). */
  brew: string[];
}

/** The tools `npm test` runs: the real citation clients, the PDF reader and the feed validator. */
export const TEST_TOOLS: SystemTool[] = [
  { command: 'biber', purpose: 'validating the BibTeX exports against biblatex', debian: ['biber', 'texlive-bibtex-extra'], brew: ['--cask mactex-no-gui'] },
  {
    command: 'pdflatex',
    purpose: 'typesetting the BibTeX exports with plain.bst and apalike.bst',
    debian: ['texlive-latex-base', 'texlive-latex-recommended'],
    brew: ['--cask mactex-no-gui'],
  },
  { command: 'pandoc', purpose: 'formatting the exports with pandoc --citeproc', debian: ['pandoc'], brew: ['pandoc'] },
  { command: 'pdftotext', purpose: 'reading the manual PDFs back', debian: ['poppler-utils'], brew: ['poppler'] },
  { command: 'jing', purpose: 'validating the Atom feed against a RELAX NG grammar of RFC 4287', debian: ['jing'], brew: ['jing-trang'] },
];

/** True when a command runs from PATH. */
export function hasCommand(command: string): boolean {
  const probe = process.platform === 'win32' ? spawnSync('where', [command]) : spawnSync('sh', ['-c', `command -v ${command}`]);
  return probe.status === 0;
}

/** True on a Debian-family system where this process may install packages (root, apt-get present). */
export function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs Debian packages, saying what it does first; true when apt-get succeeded. */
export function installWithApt(packages: string[], why: string): boolean {
  console.log(`Installing from Debian's packages for ${why}: apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
}

/** The one line that says how to install tools on this kind of system. */
export function installHint(tools: SystemTool[]): string {
  const debian = [...new Set(tools.flatMap((tool) => tool.debian))].join(' ');
  const brew = [...new Set(tools.flatMap((tool) => tool.brew))];
  return `Debian/Ubuntu: sudo apt-get install ${debian}; macOS: ${brew.map((formula) => `brew install ${formula}`).join(' && ')}; Windows: use WSL with the Debian line (see README).`;
}
