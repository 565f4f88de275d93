import { loadBibliography } from '../src/lib/bibtex/load-bibliography.ts';
const forms = [
  `Caf\\'{e}`,
  `Caf\\'e`,
  `Caf{\\'e}`,
  `\\v{S}koda`,
  `\\v Skoda`,
  `{\\v S}koda`,
  `M\\"{u}ller`,
  `M{\\"u}ller`,
  `Fran\\c{c}ois`,
  `\\l{}\\'od\\'z`,
  `{\\l}\\'od\\'z`,
  `Stra\\ss{}e`,
  `Mart{\\'\\i}n`,
  `Mart\\'{\\i}n`,
  `Nguy\\~{\\^e}n`,
  `\\emph{Italic} word`,
  `The {REFOCUS} Trial`,
];
const text = forms.map((f, i) => `@article{k${i}, title={Word ${f} Word}, author={A, B and M\\"{u}ller, J\\'{e}r\\^{o}me}, year={2000}}`).join('\n');
for (const p of loadBibliography([{ file: 'x.bib', text }])) console.log(p.key, JSON.stringify(p.csl.title), JSON.stringify(p.csl.author?.[1]));
