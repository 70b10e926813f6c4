/**
 * A linkedom document built straight from a hast tree: the same nodes parseBody (dom.ts) makes from
 * the tree's HTML (hast-util-to-html), without serialising the tree and parsing it again, which
 * costs about twice as much.
 */
import { stringify as commaSeparated } from 'comma-separated-tokens';
import type { ElementContent, Element as HastElement, Properties } from 'hast';
import { find, html, svg, type Schema } from 'property-information';
import { stringify as spaceSeparated } from 'space-separated-tokens';
import { parseBody } from './dom.ts';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** SVG elements whose attributes hast-util-to-html writes with HTML names again. */
const HTML_INTEGRATION_POINTS = new Set(['desc', 'foreignObject', 'title']);

/**
 * Where linkedom's parser (htmlparser2 10, its `openImpliesClose`) closes the current element because
 * another one starts inside it: `<p><div>` parses as `<p></p><div>`, `<li><li>` as two items. A
 * rendered tree nests so only where the sanitiser unwrapped a disallowed element in between
 * (`<p><button><div>`). Each row: the opening tags, then the tags they close.
 */
const IMPLIED_CLOSES: [opening: string, closed: string][] = [
  ['p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul', 'p'],
  ['select input output button datalist textarea', 'input option optgroup select button datalist textarea'],
  ['tr', 'tr th td'],
  ['th', 'th'],
  ['td', 'thead th td'],
  ['body', 'head link script'],
  ['li', 'li'],
  ['option', 'option'],
  ['optgroup', 'optgroup option'],
  ['dd dt', 'dd dt'],
  ['rt rp', 'rt rp'],
  ['tbody tfoot', 'thead tbody'],
];
const CLOSED_ON_OPENING = new Map(
  IMPLIED_CLOSES.flatMap(([opening, closed]) => opening.split(' ').map((tag) => [tag, new Set(closed.split(' '))] as const)),
);
/**
 * Void to htmlparser2, so what is inside one is parsed as its siblings. In a rendered tree only a
 * `<source>` that stood in MathML or SVG (since unwrapped) can hold anything.
 */
const VOID = new Set('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '));

/**
 * A `<!DOCTYPE html>` document whose body holds `element`, or null when parsing the element's HTML
 * would not give back the same nesting (see IMPLIED_CLOSES and VOID): then parse its HTML instead.
 */
export function documentWithBody(element: HastElement): Document | null {
  if (!parsesAsNested(element)) return null;
  const document = parseBody('');
  document.body.appendChild(buildElement(document, element, html, false));
  return document;
}

function parsesAsNested(element: HastElement): boolean {
  if (element.children.length > 0 && VOID.has(element.tagName)) return false;
  return element.children.every(
    (child) => child.type !== 'element' || (CLOSED_ON_OPENING.get(child.tagName)?.has(element.tagName) !== true && parsesAsNested(child)),
  );
}

/**
 * Each element is complete before it is attached: linkedom resets its caches up the ancestors on
 * every insertion, which is cheap on a detached element.
 */
function buildElement(document: Document, node: HastElement, parentSchema: Schema, insideSvg: boolean): Element {
  const inSvg = insideSvg || node.tagName === 'svg';
  const schema = parentSchema.space === 'html' && node.tagName === 'svg' ? svg : parentSchema;
  // linkedom's parser makes every element inside <svg> an SVG element, with its name lower-cased.
  const element = inSvg ? document.createElementNS(SVG_NAMESPACE, node.tagName.toLowerCase()) : document.createElement(node.tagName);
  const attributes = attributesOf(node.properties, schema);
  // linkedom's setAttribute puts a new attribute first: setting them last to first keeps their order.
  for (let index = attributes.length - 1; index >= 0; index--) {
    const [name, value] = attributes[index] as [string, string];
    element.setAttribute(name, value);
  }
  const childSchema = schema.space === 'svg' && HTML_INTEGRATION_POINTS.has(node.tagName) ? html : schema;
  appendChildren(document, element, node.children, childSchema, inSvg);
  return element;
}

/** Adjacent text becomes one text node and empty text none, as parseHtml's normalize() leaves them. */
function appendChildren(document: Document, parent: Element, children: ElementContent[], schema: Schema, insideSvg: boolean): void {
  let text = '';
  for (const child of children) {
    if (child.type === 'text') {
      text += child.value;
      continue;
    }
    if (text !== '') parent.appendChild(document.createTextNode(text));
    text = '';
    parent.appendChild(child.type === 'element' ? buildElement(document, child, schema, insideSvg) : document.createComment(child.value));
  }
  if (text !== '') parent.appendChild(document.createTextNode(text));
}

/** The attributes hast-util-to-html writes for these properties (its serializeAttribute), in order. */
function attributesOf(properties: Properties, schema: Schema): [string, string][] {
  const attributes: [string, string][] = [];
  for (const [key, property] of Object.entries(properties)) {
    const info = find(schema, key);
    let value = property;
    if (info.overloadedBoolean && (value === info.attribute || value === '')) {
      value = true;
    } else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) {
      value = Boolean(value);
    }
    if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (value === true) attributes.push([info.attribute, '']);
    else if (Array.isArray(value)) attributes.push([info.attribute, info.commaSeparated ? commaSeparated(value) : spaceSeparated(value)]);
    else attributes.push([info.attribute, String(value)]);
  }
  return attributes;
}
