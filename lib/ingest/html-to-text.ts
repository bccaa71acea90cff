/** Elements that end a paragraph: text inside one never runs into the text around it. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of a DOM subtree with its paragraphs kept: one paragraph per block element, whitespace inside a
 * paragraph collapsed, paragraphs separated by a blank line. Text only; no markup survives.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const paragraph = buffer.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        buffer += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          // Table cells and list-like inline boxes still need a gap between their words.
          if (tag === 'TD' || tag === 'TH') buffer += ' ';
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text as paragraphs: line endings unified, runs of blank lines collapsed to one, lines trimmed. */
export function normalizePlainText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n\s*/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
