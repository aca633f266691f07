import { seededRandom } from '../../src/graph/analyze.js';
import { readSource, type Document } from '../../src/index.js';

/** Documents made up from a seed: Markdown with front matter, HTML and text, names and links in varied shapes. */
export function generateDocuments(seed: number, count: number): Document[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const names = ['Huawei', 'TSMC', 'NVIDIA', 'Rust Foundation', 'Mozilla', 'Linus Torvalds', 'Berlin', 'GitHub', 'RISC-V', 'Ferrous Systems', 'Tokyo', 'Graydon Hoare', 'U.S.', 'Kubernetes'];
  const urls = ['https://www.cnbc.com/tech/', 'http://congress.gov/bill/1#top', 'https://github.com/rust-lang/rust', 'https://docs.rs/serde', 'https://blog.example.org/2024/post?id=7', 'https://en.wikipedia.org/wiki/Berlin'];
  const sentence = (format: string) => {
    const [a, b, url] = [pick(names), pick(names), pick(urls)];
    const link = format === 'html' ? `<a href="${url}">${pick(['the report', a, 'this'])}</a>` : format === 'md' ? `[${pick(['the report', a, 'this'])}](${url})` : url;
    return pick([`${a} met ${b} in ${pick(names)}, see ${link}.`, `According to ${link}, ${a} invests in ${b}.`, `${a} and ${b} were named together.`, `Nothing here names anyone at all.`]);
  };
  return Array.from({ length: count }, (_, i) => {
    const format = pick(['md', 'html', 'txt']);
    const body = Array.from({ length: 2 + Math.floor(random() * 5) }, () => sentence(format)).join(' ');
    const path = `generated/doc-${i}.${format}`;
    if (format === 'html') return readSource(`<html><head><title>Page ${i}</title></head><body><p>${body}</p></body></html>`, path);
    if (format === 'txt') return readSource(body, path);
    const frontMatter = pick(['', `---\ntitle: Post ${i}\ndate: 2025-0${1 + (i % 9)}-1${i % 10}\n---\n`, `+++\ntitle = "Post ${i}"\n+++\n`]);
    return readSource(`${frontMatter}# Heading ${i}\n\n${body}\n`, path);
  });
}
