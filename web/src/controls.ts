import type { CitegraphGraph } from '../../src/graph/build.js';
import { CATEGORIES, type Category, type NodeKind } from '../../src/graph/schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../../src/graph/style.js';
import { byId, element, swatch } from './dom.js';
import type { Filters } from './explorer.js';

const OTHER_KINDS = [
  ['source', 'Sources', SOURCE_COLOR],
  ['document', 'Documents', DOCUMENT_COLOR],
] as const satisfies readonly (readonly [NodeKind, string, string])[];

/**
 * The legend is also the filter: one checkbox per category and per other node
 * kind, with its colour and count; then the minimum-mentions slider. Returns a
 * function that removes its listeners.
 */
export function mountControls(graph: CitegraphGraph, setFilters: (filters: Partial<Filters>) => void): () => void {
  const counts = new Map<string, number>();
  const mentions = new Set<number>();
  graph.forEachNode((_node, attributes) => {
    const key = attributes.kind === 'entity' ? attributes.category : attributes.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (attributes.kind === 'entity') mentions.add(attributes.mentions);
  });

  const hiddenCategories = new Set<Category>();
  const hiddenKinds = new Set<NodeKind>();
  const categories = byId('categories');
  const kinds = byId('kinds');
  categories.replaceChildren(categories.querySelector('legend')!);
  kinds.replaceChildren(kinds.querySelector('legend')!);
  for (const category of CATEGORIES) {
    categories.append(toggle(`filter-${category}`, category, CATEGORY_COLORS[category], counts.get(category) ?? 0, (shown) => {
      if (shown) hiddenCategories.delete(category);
      else hiddenCategories.add(category);
      setFilters({ hiddenCategories: new Set(hiddenCategories) });
    }));
  }
  for (const [kind, text, color] of OTHER_KINDS) {
    kinds.append(toggle(`filter-${kind}`, text, color, counts.get(kind) ?? 0, (shown) => {
      if (shown) hiddenKinds.delete(kind);
      else hiddenKinds.add(kind);
      setFilters({ hiddenKinds: new Set(hiddenKinds) });
    }));
  }

  // One slider step per distinct mention count: fine steps where most entities are, no dead range above.
  const thresholds = [...mentions].sort((a, b) => a - b);
  const slider = byId<HTMLInputElement>('min-mentions');
  const shown = byId<HTMLOutputElement>('min-mentions-value');
  slider.max = String(Math.max(0, thresholds.length - 1));
  slider.value = '0';
  shown.value = String(thresholds[0] ?? 0);
  const onSlide = () => {
    const minimum = thresholds[Number(slider.value)] ?? 0;
    shown.value = String(minimum);
    setFilters({ minMentions: minimum });
  };
  slider.addEventListener('input', onSlide);

  byId('stats').textContent = `${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges`;
  return () => slider.removeEventListener('input', onSlide);
}

function toggle(id: string, text: string, color: string, count: number, onChange: (checked: boolean) => void): HTMLLabelElement {
  const box = element('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = true;
  box.addEventListener('change', () => onChange(box.checked));
  return element('label', {}, [box, swatch(color), text, element('span', { className: 'count', text: count.toLocaleString('en') })]);
}
