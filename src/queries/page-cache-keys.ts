import { createHash } from 'node:crypto';
import { getCollection, type CollectionKey } from 'astro:content';
import { collections } from '../content.config.ts';
import type { ListingPage } from '../lib/site/paginate.ts';
import { FRAMEWORK } from './framework.ts';
import { getPublications, type PublicationRecord } from './publications.ts';

/** Every collection other than the publications: the taxonomy, annotations, pages and manual. */
const SHARED_COLLECTIONS = (Object.keys(collections) as CollectionKey[]).filter((name) => name !== 'publications');

let shared: Promise<string> | undefined;

/**
 * A digest of everything in content/ (the framework declaration and every collection): any publication page may show some of it (its tags, the
 * pages that cite it, the site's navigation), so any change to it renders every page again.
 */
function sharedContentDigest(): Promise<string> {
  shared ??= (async () => {
    // The framework declaration shapes every publication page (tag labels, facet names, links).
    const hash = createHash('sha256').update(JSON.stringify(FRAMEWORK));
    for (const name of SHARED_COLLECTIONS) {
      for (const entry of await getCollection(name)) hash.update(JSON.stringify([name, entry.id, entry.data, 'body' in entry ? entry.body : '']));
    }
    return hash.digest('hex');
  })();
  return shared;
}

/** Each record's digest, made once: a record is in its own page's key, in its page of the list's and in the whole collection's. */
const recordDigests = new WeakMap<PublicationRecord, string>();

/** A digest of a publication's record (fields, formatted references, citation label). Records are not changed once read (getPublications). */
function digestOfRecord(record: PublicationRecord): string {
  let digest = recordDigests.get(record);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(record)).digest('hex');
    recordDigests.set(record, digest);
  }
  return digest;
}

/**
 * The cacheKey of a publication's page for Astro's incremental build: the page is rendered again
 * when its own record (fields, formatted references, citation label) or anything in content/
 * changes; Astro itself adds the page's code and the lockfile. With both unchanged, the last
 * build's page is reused rather than rendered.
 */
export async function publicationPageCacheKey(record: PublicationRecord): Promise<string> {
  return createHash('sha256')
    .update(digestOfRecord(record))
    .update(await sharedContentDigest())
    .digest('hex')
    .slice(0, 32);
}

let everyRecord: Promise<string> | undefined;

/** A digest of every publication's record, in order: what a page listing publications out of the whole collection is made from. */
function publicationsDigest(): Promise<string> {
  everyRecord ??= (async () => {
    const hash = createHash('sha256');
    for (const record of await getPublications()) hash.update(digestOfRecord(record));
    return hash.digest('hex');
  })();
  return everyRecord;
}

/**
 * The cacheKey of a page that lists publications chosen from the whole collection (a study type's
 * list), named by `page`: rendered again when any publication's record or anything in content/
 * changes, as which publications it shows, their order and their labels may depend on every one.
 */
export async function publicationListCacheKey(page: string): Promise<string> {
  return createHash('sha256')
    .update(page)
    .update(await publicationsDigest())
    .update(await sharedContentDigest())
    .digest('hex')
    .slice(0, 32);
}

/**
 * The cacheKey of one page of the publication list: rendered again when a publication on it, its
 * place in the list (number, page count, neighbours), the number of publications, or anything in
 * content/ changes. An edit to one entry's title renders the page that holds it, not all hundred
 * pages of a 10,000-publication list; adding an entry shifts the pages after it, which are then
 * rendered again because their items change.
 */
export async function publicationListPageCacheKey(page: ListingPage<PublicationRecord>, publicationCount: number): Promise<string> {
  const { items, ...place } = page;
  return createHash('sha256')
    .update(JSON.stringify({ place, publicationCount }))
    .update(items.map(digestOfRecord).join())
    .update(await sharedContentDigest())
    .digest('hex')
    .slice(0, 32);
}
