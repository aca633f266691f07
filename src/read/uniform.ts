import type { Block, Document, Link, Mark, PageLink, Verbatim } from './types.js';

/**
 * The document with every field present, in one order, and its blocks, links and spans made the same way: the
 * same content as `document`. V8 gives objects built with different sets or orders of properties different
 * hidden classes ("maps"), and code optimised for the ones it has seen is thrown away when another comes. A
 * document arrives in several such forms: the readers leave out what a document lacks (a title, a link's
 * `isAlone`, a cell's row), and a document read ahead on the other thread (read-ahead.ts) is rebuilt by the
 * structured clone, whose objects have other maps than the same literals made on this thread. Extraction reads
 * these objects in its hottest loops; over the corpus their many forms made V8 optimise gatherEvidence and its
 * neighbours again and again. Made uniform here, once per document, before extraction reads them.
 */
export function uniformDocument(document: Document): Document {
  return {
    path: document.path,
    format: document.format,
    title: document.title,
    date: document.date,
    text: document.text,
    blocks: document.blocks.map(uniformBlock),
    links: document.links.map(uniformLink),
    verbatim: document.verbatim.map(uniformVerbatim),
    marks: document.marks.map(uniformMark),
    pageLinks: document.pageLinks.map(uniformPageLink),
    markers: document.markers,
    anchors: document.anchors,
  };
}

const uniformBlock = (block: Block): Block => ({ start: block.start, end: block.end, kind: block.kind, header: block.header, row: block.row });
const uniformLink = (link: Link): Link => ({ start: link.start, end: link.end, url: link.url, text: link.text, isBare: link.isBare, isAlone: link.isAlone });
const uniformVerbatim = (span: Verbatim): Verbatim => ({ start: span.start, end: span.end, kind: span.kind });
const uniformMark = (mark: Mark): Mark => ({ start: mark.start, end: mark.end, kind: mark.kind });
const uniformPageLink = (link: PageLink): PageLink => ({ start: link.start, end: link.end, target: link.target });
