/** Text from a graph is data, never markup: every string here becomes a text node. */
export type Child = Node | string | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: { className?: string; text?: string; title?: string } = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (properties.className) node.className = properties.className;
  if (properties.title) node.title = properties.title;
  if (properties.text !== undefined) node.textContent = properties.text;
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`citegraph explorer: the page has no #${id}`);
  return node as T;
}

export function swatch(color: string): HTMLSpanElement {
  const node = element('span', { className: 'swatch' });
  node.style.background = color;
  return node;
}
