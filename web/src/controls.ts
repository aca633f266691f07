import { CATEGORIES, EDGE_KINDS, type EdgeKind, type NodeKind } from '../../src/graph/schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../../src/graph/style.js';
import { byId, element, swatch } from './dom.js';
import type { Explorer } from './explorer.js';
import type { ColorBy, Depth, SizeBy } from './state.js';
import { OTHER_COMMUNITY_COLOR, type Visibility } from './view.js';

const OTHER_KINDS = [
  ['source', 'Sources', SOURCE_COLOR],
  ['document', 'Documents', DOCUMENT_COLOR],
] as const satisfies readonly (readonly [NodeKind, string, string])[];

/** Each edge kind's checkbox says what it joins on hover. */
const EDGE_TITLES: Readonly<Record<EdgeKind, string>> = {
  cites: 'entity → source: named in the sentence that holds the link',
  cooccurs: 'entity — entity: named in the same sentence',
  mentions: 'document → entity',
  links: 'document → source',
};

/**
 * The left column: the legend, which is also the filter (one checkbox per
 * category, node kind and edge kind, with counts), the neighbourhood filter,
 * colour and size, the minimum-mentions slider, the camera buttons, and the
 * count of what is shown. Returns `showCounts` for the explorer to call when
 * what is shown changes, and `unmount`, which removes the listeners.
 */
export function mountControls(explorer: Explorer): { unmount: () => void; showCounts: (visibility: Visibility) => void } {
  const { graph, index } = explorer;
  const state = explorer.getState();
  const counts = new Map<string, number>();
  const mentions = new Set<number>();
  graph.forEachNode((_node, attributes) => {
    const key = attributes.kind === 'entity' ? attributes.category : attributes.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (attributes.kind === 'entity') mentions.add(attributes.mentions);
  });
  const listeners: [EventTarget, string, () => void][] = [];
  const listen = (target: EventTarget, type: string, listener: () => void) => {
    target.addEventListener(type, listener);
    listeners.push([target, type, listener]);
  };

  const categories = byId('categories');
  categories.replaceChildren(categories.querySelector('legend')!);
  for (const category of CATEGORIES) {
    categories.append(toggle(`filter-${category}`, category, CATEGORY_COLORS[category], counts.get(category) ?? 0, !state.hiddenCategories.has(category), (shown) => {
      explorer.setFilters({ hiddenCategories: toggled(explorer.getState().hiddenCategories, category, shown) });
    }));
  }
  const kinds = byId('kinds');
  kinds.replaceChildren(kinds.querySelector('legend')!);
  for (const [kind, text, color] of OTHER_KINDS) {
    kinds.append(toggle(`filter-${kind}`, text, color, counts.get(kind) ?? 0, !state.hiddenKinds.has(kind), (shown) => {
      explorer.setFilters({ hiddenKinds: toggled(explorer.getState().hiddenKinds, kind, shown) });
    }));
  }
  const edgeKinds = byId('edge-kinds');
  edgeKinds.replaceChildren(edgeKinds.querySelector('legend')!);
  for (const kind of EDGE_KINDS) {
    edgeKinds.append(toggle(`filter-edge-${kind}`, kind, undefined, index.edgeCounts[kind], !state.hiddenEdgeKinds.has(kind), (shown) => {
      explorer.setFilters({ hiddenEdgeKinds: toggled(explorer.getState().hiddenEdgeKinds, kind, shown) });
    }, EDGE_TITLES[kind]));
  }

  const depth = byId<HTMLSelectElement>('depth');
  const depthHint = byId('depth-hint');
  depth.value = String(state.depth);
  listen(depth, 'change', () => explorer.setFilters({ depth: Number(depth.value) as Depth }));

  const communities = byId('communities');
  const colorBy = byId<HTMLSelectElement>('color-by');
  colorBy.value = state.colorBy;
  byId('community-list').replaceChildren(...communityItems(explorer));
  communities.hidden = state.colorBy !== 'community';
  listen(colorBy, 'change', () => {
    explorer.setAppearance({ colorBy: colorBy.value as ColorBy });
    communities.hidden = colorBy.value !== 'community';
  });
  const sizeBy = byId<HTMLSelectElement>('size-by');
  sizeBy.value = state.sizeBy;
  listen(sizeBy, 'change', () => explorer.setAppearance({ sizeBy: sizeBy.value as SizeBy }));

  // One slider step per distinct mention count: fine steps where most entities are, no dead range above.
  const thresholds = [...mentions].sort((a, b) => a - b);
  const slider = byId<HTMLInputElement>('min-mentions');
  const sliderValue = byId<HTMLOutputElement>('min-mentions-value');
  slider.max = String(Math.max(0, thresholds.length - 1));
  slider.value = '0';
  sliderValue.value = String(thresholds[0] ?? 0);
  listen(slider, 'input', () => {
    const minimum = thresholds[Number(slider.value)] ?? 0;
    sliderValue.value = String(minimum);
    explorer.setFilters({ minMentions: minimum });
  });

  for (const [id, action] of [
    ['zoom-in', () => explorer.zoom('in')],
    ['zoom-out', () => explorer.zoom('out')],
    ['fit', () => explorer.fit()],
    ['reset', () => explorer.reset()],
  ] as const) listen(byId(id), 'click', () => void action());

  const stats = byId('stats');
  const showCounts = (visibility: Visibility) => {
    stats.textContent = `${shownOf(visibility.nodes.size, graph.order)} nodes, ${shownOf(visibility.edges.size, graph.size)} edges shown`;
    depthHint.hidden = !(explorer.getState().depth > 0 && explorer.getState().selectedNode === undefined);
  };
  showCounts(explorer.getVisibility());
  return {
    showCounts,
    unmount: () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    },
  };
}

/** "2,130 of 11,835", or "31" when all are shown. */
export function shownOf(shown: number, total: number): string {
  const format = (n: number) => n.toLocaleString('en');
  return shown === total ? format(total) : `${format(shown)} of ${format(total)}`;
}

function toggled<T>(set: ReadonlySet<T>, item: T, shown: boolean): Set<T> {
  const next = new Set(set);
  if (shown) next.delete(item);
  else next.add(item);
  return next;
}

/** The community legend: each coloured community named by its top entities, then the rest in one line. */
function communityItems(explorer: Explorer): HTMLLIElement[] {
  const coloured = explorer.index.communities.filter((community) => community.color !== OTHER_COMMUNITY_COLOR);
  const rest = explorer.index.communities.length - coloured.length;
  const items = coloured.map((community) =>
    element('li', { title: `community ${community.id}: ${community.size} entities` }, [swatch(community.color), element('span', { className: 'name', text: community.top.join(', ') }), element('span', { className: 'count', text: community.size.toLocaleString('en') })]),
  );
  if (rest > 0) items.push(element('li', {}, [swatch(OTHER_COMMUNITY_COLOR), element('span', { className: 'name', text: `${rest.toLocaleString('en')} smaller communities` })]));
  return items;
}

function toggle(id: string, text: string, color: string | undefined, count: number, checked: boolean, onChange: (checked: boolean) => void, title?: string): HTMLLabelElement {
  const box = element('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return element('label', { title }, [box, color !== undefined && swatch(color), text, element('span', { className: 'count', text: count.toLocaleString('en') })]);
}
