/** A DOM for Node (CLI, tests, eval): linkedom is fast enough to parse thousands of pages per run. */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
