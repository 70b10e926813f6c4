/**
 * Shared data types of the pure core. The Article shape is the exported JSON, schema version 1
 * (`../shared/docs/article-json.md`); src/core/schema/article.schema.json is its JSON Schema.
 */

export interface MirrorRef {
  repo: string; // OWNER/REPO
  ref: string;
  path: string;
}

export interface Dateline {
  text: string;
  outlet: string | null;
  date: string | null; // YYYY-MM-DD
  time: string | null; // HH:MM
  place: string | null;
  reporters: string[];
}

export interface Person {
  name: string;
  nameEn: string | null;
  aliases: string[];
  roles: string[];
  mentions: number;
}

export interface Figure {
  src: string; // original URL (data-canonical-src, else src; "data:" for inline images)
  displaySrc: string; // what the page shows
  caption: string | null;
  credit: string | null;
  alt: string | null;
  lead: boolean;
}

export interface Article {
  schemaVersion: 1;
  url: string;
  mirror: MirrorRef | null;
  title: string;
  date: string | null;
  dateline: Dateline | null;
  editor: string | null;
  originalUrl: string | null;
  people: Person[];
  figures: Figure[];
  body: { paragraphs: string[]; characters: number };
  extractor: { name: 'mirror-reader'; version: string };
  extractedAt: string;
}

/**
 * Kinds of region in a mirrored article, as classified by core/blocks.ts.
 * Clutter kinds are hidden in clean mode; content kinds are always shown.
 */
export const CLUTTER_KINDS = ['nav', 'promo', 'share', 'original-url', 'separator', 'pixel', 'trailer'] as const;
export const CONTENT_KINDS = ['title', 'lead', 'body', 'figure', 'editor'] as const;
export type ClutterKind = (typeof CLUTTER_KINDS)[number];
export type ContentKind = (typeof CONTENT_KINDS)[number];
export type BlockKind = ClutterKind | ContentKind;

export interface Block {
  kind: BlockKind;
  /** The DOM nodes of the block, in document order: elements or loose text nodes, at any depth. */
  nodes: Node[];
}

export interface ClassifiedArticle {
  /** GitHub's `article.markdown-body`. */
  root: Element;
  blocks: Block[];
}
