import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, starting with a letter');
const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'use letters and digits, starting with a letter (it is a YAML key)');

/** The node shapes the graph can draw for a dimension (publications are circles). */
export const NODE_SHAPE_NAMES = ['square', 'diamond', 'hexagon', 'triangle', 'pentagon', 'star'] as const;

/** The colour tokens of src/styles/global.css a dimension can take (`--palette-<name>`, light and dark). */
export const PALETTE = ['blue', 'purple', 'green', 'orange', 'teal', 'red', 'grey'] as const;

/** An extra frontmatter field the items of a dimension carry. */
export const FieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('string'),
    /** What the field holds, for authors. */
    description: z.string().min(1),
    /** Use the field, when set, as the item's short label in the graph and the map rows. */
    graphLabel: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('boolean'),
    description: z.string().min(1),
    /** A badge shown on the item's page for each value ('true', 'false'). */
    badge: z.record(z.enum(['true', 'false']), z.string().min(1)).optional(),
  }),
  z.strictObject({
    type: z.literal('enum'),
    /** The values the field may take. */
    values: z.array(id).min(1),
    description: z.string().min(1),
    /** A badge shown on the item's page for each value. */
    badge: z.record(z.string(), z.string().min(1)).optional(),
  }),
  z.strictObject({
    type: z.literal('references'),
    /** The id of the dimension whose items the field names (checked at build time). */
    dimension: id,
    description: z.string().min(1),
    /** The graph draws an edge from the item to each item named, read "item … target". */
    edge: z.string().min(1),
  }),
]);

/** One dimension of the framework: a folder of MDX items that publications are tagged with. */
export const DimensionSchema = z.strictObject({
  /** The collection's name (unique), also the search metadata key of its result tags. */
  id: z.string().regex(/^[a-z][a-z0-9]*$/, 'use lower-case letters and digits, starting with a letter'),
  /** Folder of the items under content/, one MDX file per item. */
  folder: z.string().min(1),
  /** The key of content/annotations that lists a publication's items of this dimension. */
  annotationField: identifier,
  /** The URL segment of the dimension: its index is /<route>/, an item /<route>/<item id>/. */
  route: z.string().regex(/^[a-z0-9-]+$/, 'write one URL segment, e.g. "evidence"'),
  /** The content/pages/ entry whose prose introduces the index page. */
  introPage: z.string().min(1),
  /** What readers call the dimension. */
  labels: z.strictObject({
    /** One item's kind: "MRC stage". */
    singular: z.string().min(1),
    /** Several: "MRC stages". */
    plural: z.string().min(1),
    /** The heading of the tags on a publication page (default: plural). */
    onPublication: z.string().min(1).optional(),
    /** The header navigation and breadcrumbs (default: plural). */
    navigation: z.string().min(1).optional(),
    /** A hidden heading above the index page's list of items. */
    indexHeading: z.string().min(1).optional(),
    /** Heading of an item page's publication list; `{field}` and `{field|lower}` take the item's values. */
    itemList: z.string().min(1),
  }),
  /** Position in the header navigation (1 first); leave out to keep the dimension out of it. */
  navigation: z.number().int().positive().optional(),
  /** Offer each item's publications as one .bib file at /<route>/<item id>.bib. */
  itemBibliography: z.boolean().default(false),
  /** Label of the dimension's tags in search results; leave out to show none. */
  resultTags: z.string().min(1).optional(),
  /** The search facet's name: the Pagefind filter and the /search/ URL parameter. */
  facet: id,
  /** Colour token from the palette (src/styles/global.css), for the graph and its legend. */
  colour: z.enum(PALETTE),
  /** Give the evidence map a view of this dimension (as columns) against the map's rows. */
  mapView: z.boolean().default(false),
  /** How the evidence graph draws the dimension's items. */
  graph: z.strictObject({
    /** The node kind, also the node id prefix (`stage:theory`). */
    kind: id.refine((kind) => kind !== 'publication' && kind !== 'pub', 'is reserved for publications'),
    shape: z.enum(NODE_SHAPE_NAMES),
    /** Vertical band of the layout, in steps from the middle (negative: above; labels are then drawn above). */
    band: z.number(),
    /** Horizontal offset within the band, in item spacings, so labels do not collide with the band above. */
    stagger: z.number().default(0),
    /** Radius kept clear around a node, in graph units. */
    radius: z.number().positive().default(12),
    /** Smallest radius on screen, in CSS pixels. */
    minRadius: z.number().positive().default(6),
    /** When set, the items sit in one fixed row in their order, linked by edges with this reading. */
    sequence: z.string().min(1).optional(),
    /** How an edge from a publication to an item reads: "is evidence for the stage". */
    publicationEdge: z.string().min(1),
  }),
  /** Extra frontmatter fields the items carry, beyond title, description, order and summary. */
  fields: z.record(identifier, FieldSchema).default({}),
});

/** The texts of a page the framework's data fills (the map, the graph). */
const PageTextSchema = z.strictObject({
  /** One sentence for search engines and link previews. */
  description: z.string().min(1).max(200),
  /** The paragraph under the heading; links are written [text](/address/). */
  lede: z.string().min(1),
});

/** The whole framework declaration (content/framework.yaml). */
export const FrameworkSchema = z.strictObject({
  /** The programme's name, as page texts and export titles use it ("the REFOCUS evidence base"). */
  programme: z.string().min(1),
  /** Where the annotations live and which bibliography must be fully annotated. */
  annotations: z.strictObject({
    /** The YAML file under content/. */
    file: z.string().min(1),
    /** A references/ file every entry of which needs an annotation. */
    required: z.string().min(1).optional(),
    /**
     * The YAML file under content/ that says where each record of the required bibliography was checked
     * (content/data/provenance.yaml for REFOCUS). When declared, every record needs an entry and its
     * page shows it; when absent, records say they were not checked by the site's editors.
     */
    provenance: z.string().min(1).optional(),
  }),
  dimensions: z.array(DimensionSchema).min(1),
  /** Study types: one YAML list; each publication has exactly one. */
  studyTypes: z.strictObject({
    file: z.string().min(1),
    annotationField: identifier,
    facet: id,
    label: z.string().min(1),
  }),
  /** The evidence map: its rows, crossed with every dimension that has `mapView`. */
  map: z.strictObject({
    /** Id of the dimension whose items are the rows. */
    rows: id,
    /** How to read a view, shown above the tables. */
    legend: z.string().min(1),
  }),
  /** The texts of the map and graph pages. */
  pages: z.strictObject({
    map: PageTextSchema,
    graph: PageTextSchema,
  }),
});

/** A parsed field declaration. */
export type FieldDeclaration = z.output<typeof FieldSchema>;
/** A parsed dimension. */
export type Dimension = z.output<typeof DimensionSchema>;
/** The parsed framework. */
export type Framework = z.output<typeof FrameworkSchema>;
