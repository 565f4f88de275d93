// @ts-expect-error untyped internal module of @citation-js/plugin-bibtex
import * as citationJs from '@citation-js/plugin-bibtex/lib/input/constants.js';

/**
 * LaTeX commands citation-js's value parser does not know, added to its own tables (the ones its
 * grammar looks commands up in), so that one parser reads every field. Mapping tables, hence the
 * length of this file. Commands whose reading needs more than a table (a dimension after \kern, a
 * character code after \char, spaces around \Dash) are rewritten first, in normalise-latex.ts.
 */
interface CitationJsTables {
  mathScripts: Record<'^' | '_', Record<string, string>>;
  commands: Record<string, string>;
  mathCommands: Record<string, string>;
  diacritics: Record<string, string>;
  formattingEnvs: Record<string, string | undefined>;
  formattingCommands: Record<string, string | undefined>;
  argumentCommands: Record<string, (...args: string[]) => string>;
}
const tables = citationJs as CitationJsTables;

const NARROW_SPACE = '\u202F';

/** TeX-world logos, as their names are spelled in running text (hologo and TUGboat spellings). */
export const TEX_LOGOS: Readonly<Record<string, string>> = {
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2ε',
  LaTeXTeX: '(La)TeX',
  AllTeX: '(La)TeX',
  BibTeX: 'BibTeX',
  BibLaTeX: 'BibLaTeX',
  MF: 'METAFONT',
  METAFONT: 'METAFONT',
  MP: 'METAPOST',
  METAPOST: 'METAPOST',
  ConTeXt: 'ConTeXt',
  XeTeX: 'XeTeX',
  XeLaTeX: 'XeLaTeX',
  LuaTeX: 'LuaTeX',
  LuaLaTeX: 'LuaLaTeX',
  pdfTeX: 'pdfTeX',
  pdfLaTeX: 'pdfLaTeX',
  eTeX: 'ε-TeX',
  AmSTeX: 'AMS-TeX',
  AMSTeX: 'AMS-TeX',
  AmSLaTeX: 'AMS-LaTeX',
  AMSLaTeX: 'AMS-LaTeX',
  AMS: 'AMS',
  SliTeX: 'SliTeX',
  PiCTeX: 'PiCTeX',
  LyX: 'LyX',
  MiKTeX: 'MiKTeX',
  ExTeX: 'ExTeX',
  NTS: 'NTS',
  plainTeX: 'plain TeX',
  TeXXeT: 'TeX--XeT',
  // TUGboat's own macro file (tugboat.def) is \input by its bibliography's @preamble but is not
  // distributed with it; these few of its logos are well known enough to show as their text.
  TUB: 'TUGboat',
  TUG: 'TeX Users Group',
  PS: 'PostScript',
  bs: '\\',
};

/** Text-mode commands: spaces, punctuation and symbols. */
const TEXT_COMMANDS: Record<string, string> = {
  dots: '…',
  ldots: '…',
  slash: '/',
  S: '§',
  P: '¶',
  pounds: '£',
  dag: '†',
  ddag: '‡',
  AA: 'Å',
  aa: 'å',
  I: 'İ',
  textregistered: '®',
  texttrademark: '™',
  textdegree: '°',
  thinspace: NARROW_SPACE,
  ',': NARROW_SPACE,
  ';': ' ',
  ':': ' ',
  '>': ' ',
  '!': '',
  enspace: '\u2002',
  enskip: '\u2002',
  quad: '\u2003',
  qquad: '\u2003\u2003',
  space: ' ',
  nobreakspace: '\u00A0',
  '\\': ' ',
  '-': '',
  '@': '',
  '(': '',
  ')': '',
  '[': '',
  ']': '',
  '|': '‖',
  relax: '',
  null: '',
  unskip: '',
  ignorespaces: '',
  nobreak: '',
  allowbreak: '',
  leavevmode: '',
  protect: '',
  noindent: '',
  xspace: '',
  hfil: '',
  hfill: '',
  hss: '',
  break: ' ',
  linebreak: ' ',
  newline: ' ',
  par: ' ',
  displaystyle: '',
  textstyle: '',
  scriptstyle: '',
  limits: '',
  nolimits: '',
  left: '',
  right: '',
  bigl: '',
  bigr: '',
  Bigl: '',
  Bigr: '',
  big: '',
  Big: '',
};

/** Math symbols, operators and function names (also read outside $…$, as citation-js does for Greek). */
const MATH_COMMANDS: Record<string, string> = {
  times: '×',
  cdot: '⋅',
  div: '÷',
  pm: '±',
  mp: '∓',
  ast: '∗',
  star: '⋆',
  circ: '∘',
  bullet: '•',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  ll: '≪',
  gg: '≫',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  cong: '≅',
  equiv: '≡',
  propto: '∝',
  prec: '≺',
  succ: '≻',
  perp: '⊥',
  parallel: '∥',
  mid: '∣',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  surd: '√',
  prime: '′',
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  gets: '←',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  leftrightarrow: '↔',
  Leftrightarrow: '⇔',
  longrightarrow: '⟶',
  mapsto: '↦',
  hookrightarrow: '↪',
  uparrow: '↑',
  downarrow: '↓',
  in: '∈',
  notin: '∉',
  ni: '∋',
  subset: '⊂',
  subseteq: '⊆',
  supset: '⊃',
  supseteq: '⊇',
  cup: '∪',
  cap: '∩',
  setminus: '∖',
  emptyset: '∅',
  varnothing: '∅',
  forall: '∀',
  exists: '∃',
  neg: '¬',
  lnot: '¬',
  land: '∧',
  wedge: '∧',
  lor: '∨',
  vee: '∨',
  oplus: '⊕',
  otimes: '⊗',
  langle: '⟨',
  rangle: '⟩',
  lceil: '⌈',
  rceil: '⌉',
  lfloor: '⌊',
  rfloor: '⌋',
  aleph: 'ℵ',
  ell: 'ℓ',
  hbar: 'ħ',
  Re: 'ℜ',
  Im: 'ℑ',
  angle: '∠',
  triangle: '△',
  dagger: '†',
  ddagger: '‡',
  cdots: '⋯',
  vdots: '⋮',
  colon: ':',
  vert: '|',
  Vert: '‖',
  lbrace: '{',
  rbrace: '}',
  varkappa: 'ϰ',
  digamma: 'ϝ',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  max: 'max',
  min: 'min',
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  lim: 'lim',
  sup: 'sup',
  inf: 'inf',
  det: 'det',
  Pr: 'Pr',
  arg: 'arg',
  dim: 'dim',
  ker: 'ker',
  gcd: 'gcd',
  deg: 'deg',
};

/** Commands whose argument is shown as it is (boxes, math alphabets, text in math). */
const PLAIN_ARGUMENT_COMMANDS = [
  'mbox',
  'hbox',
  'text',
  'textnormal',
  'mathrm',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathbb',
  'mathfrak',
  'mathnormal',
  'operatorname',
  'ensuremath',
  'llap',
  'rlap',
  'smash',
  'phantom',
  'textsuperscript',
] as const;

/** Commands whose arguments make their text. */
const ARGUMENT_COMMANDS: Record<string, (...args: string[]) => string> = {
  acro: (text) => text,
  sqrt: (radicand) => `√${radicand}`,
  // LaTeX documentation's \cs{relax} prints the command's name: \relax.
  cs: (name) => `\\${name}`,
  // TUGboat's \nth{5}: 5th.
  nth: (number) => `${number}${/1[1-3]$/.test(number) ? 'th' : (({ '1': 'st', '2': 'nd', '3': 'rd' } as Record<string, string>)[number.slice(-1)] ?? 'th')}`,
};

/** Letters Unicode has as superscripts and subscripts (citation-js has digits and a few letters). */
const SUPERSCRIPT_LETTERS = 'aᵃ bᵇ cᶜ dᵈ eᵉ fᶠ gᵍ hʰ jʲ kᵏ lˡ mᵐ oᵒ pᵖ rʳ sˢ tᵗ uᵘ vᵛ wʷ xˣ yʸ zᶻ Tᵀ';
const SUBSCRIPT_LETTERS = 'iᵢ jⱼ rᵣ uᵤ vᵥ';

let installed = false;

/** Adds this module's commands to citation-js's tables, once per process. */
export function installLatexCommands(): void {
  if (installed) return;
  installed = true;
  Object.assign(tables.commands, TEX_LOGOS, TEXT_COMMANDS);
  Object.assign(tables.mathCommands, MATH_COMMANDS);
  for (const name of PLAIN_ARGUMENT_COMMANDS) if (!(name in tables.formattingCommands)) tables.formattingCommands[name] = undefined;
  // Outside math, {\cal NC} is a font switch (inside math, normalise-latex.ts drops it first).
  tables.formattingEnvs.cal = undefined;
  tables.formattingCommands.mathbf = 'bold';
  tables.formattingCommands.mathit = 'italics';
  Object.assign(tables.argumentCommands, ARGUMENT_COMMANDS);
  for (const [script, letters] of [
    ['^', SUPERSCRIPT_LETTERS],
    ['_', SUBSCRIPT_LETTERS],
  ] as const) {
    for (const pair of letters.split(' ')) tables.mathScripts[script][pair.slice(0, 1)] ??= pair.slice(1);
  }
}

const OTHER_KNOWN = new Set(['begin', 'end', '&', '%', '$', '#', '_', '{', '}', ' ', '/']);

/** How many braced arguments citation-js reads after the command (0 for a command that takes none). */
export function argumentCount(name: string): number {
  installLatexCommands();
  if (name in tables.formattingCommands) return 1;
  return tables.argumentCommands[name]?.length ?? 0;
}

/** True when citation-js (with this module's additions) knows how to show the command. */
export function isKnownCommand(name: string): boolean {
  installLatexCommands();
  return (
    OTHER_KNOWN.has(name) ||
    name in tables.commands ||
    name in tables.mathCommands ||
    name in tables.diacritics ||
    name in tables.formattingEnvs ||
    name in tables.formattingCommands ||
    name in tables.argumentCommands
  );
}
