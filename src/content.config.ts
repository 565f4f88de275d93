import { defineCollection } from 'astro:content';
import { bibtexLoader } from './loaders/bibtex-loader.ts';

/** Every entry of every references/*.bib file, keyed by citation key. */
const publications = defineCollection({ loader: bibtexLoader({ directory: 'references' }) });

export const collections = { publications };
