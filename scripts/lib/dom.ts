/** A DOM for Node (CLI, tests, eval): linkedom is fast enough to parse thousands of pages per run. */
import { parseHTML } from 'linkedom';

/**
 * linkedom splits a text run at every character reference (`RSS&amp;feedName` → "RSS", "&", "feedName");
 * browsers keep one text node. Normalising merges them, so the core sees in Node what it sees in the page.
 */
export function parseHtml(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  document.documentElement.normalize();
  return document;
}

/** A `<!DOCTYPE html>` document with `html` as its body. */
export function parseBody(html: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
}
