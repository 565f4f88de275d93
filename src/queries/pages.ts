import { getEntry } from 'astro:content';

/** A free-standing page from content/pages/, failing the build with the file to create when it is missing. */
export async function getPage(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing. Fix: create it with a title and description in its frontmatter.`);
  return entry;
}
