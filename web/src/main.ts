import './style.css';
import { mountControls } from './controls.js';
import { byId } from './dom.js';
import { createExplorer } from './explorer.js';
import { downloadPng } from './export-image.js';
import { readGraph, type ReadGraph } from './graph-file.js';
import { hashForNode, nodeFromHash } from './hash.js';
import { mountLayoutControl } from './layout.js';
import { renderPanel } from './panel.js';
import { buildSearchIndex } from './search.js';
import type { Visibility } from './view.js';
import { mountSearchBox } from './search-box.js';

/** Where `citegraph serve` and `citegraph site` put the graph, relative to the page. */
const GRAPH_URL = './graph.json';

type Phase = 'loading' | 'none' | 'shown';

/**
 * The page: loads ./graph.json (or asks for a file when there is none), then
 * shows one graph at a time; opening another tears the first one down.
 * Performance marks `citegraph:*` time the load for the benchmark.
 */
function startPage(): void {
  const errorLine = byId('error');
  const panel = byId('panel');
  const panelBody = byId('panel-body');
  const exportButton = byId<HTMLButtonElement>('export');
  let teardown: (() => void) | undefined;

  const setPhase = (phase: Phase) => {
    document.documentElement.dataset.graph = phase;
    byId('prompt').hidden = phase !== 'none';
    byId('controls').hidden = phase !== 'shown';
  };
  const showError = (message: string | undefined) => {
    errorLine.textContent = message ?? '';
    errorLine.hidden = message === undefined;
  };
  const setHash = (node: string | undefined) => history.replaceState(null, '', hashForNode(node) || location.pathname + location.search);

  /** Draws a graph, then (a big file once checked, after its first frame) mounts the controls, the search and the panel. */
  const show = ({ graph, check }: ReadGraph, fileName: string) => {
    teardown?.();
    setPhase('shown');
    let showCounts: ((visibility: Visibility) => void) | undefined;
    let isMounted = false;
    const explorer = createExplorer(byId('graph'), graph, {
      onVisibility: (visibility) => showCounts?.(visibility),
      coveredRight: () => (panel.hidden ? 0 : panel.offsetWidth),
      onSelect: (node) => {
        if (!isMounted) return;
        showCounts?.(explorer.getVisibility());
        setHash(node);
        panel.hidden = node === undefined;
        panelBody.replaceChildren(...(node === undefined ? [] : [renderPanel(graph, node, (next) => explorer.selectNode(next, { focus: true }))]));
        panel.scrollTop = 0;
      },
    });
    performance.mark('citegraph:drawn');
    let isShown = true;
    teardown = () => {
      isShown = false;
      explorer.kill();
    };

    const mount = () => {
      if (!isShown) return;
      try {
        check?.();
      } catch (error) {
        teardown?.();
        teardown = undefined;
        setPhase('none');
        return showError(messageOf(error));
      }
      if (check) performance.mark('citegraph:checked');
      const pick = (node: string) => explorer.selectNode(node, { focus: true });
      const onHashChange = () => explorer.selectNode(nodeFromHash(location.hash), { focus: true });
      const onClose = () => explorer.selectNode(undefined);
      const onExport = () => void downloadPng(explorer.renderer, fileName.replace(/\.json$/i, ''), explorer.getFocus).catch((error: unknown) => showError(`PNG export failed: ${messageOf(error)}`));
      const controls = mountControls(explorer);
      showCounts = controls.showCounts;
      const unmounts = [
        controls.unmount,
        mountSearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), buildSearchIndex(graph), pick),
        mountLayoutControl(byId<HTMLButtonElement>('layout'), graph, () => void explorer.fit()),
      ];
      window.addEventListener('hashchange', onHashChange);
      byId('panel-close').addEventListener('click', onClose);
      exportButton.addEventListener('click', onExport);
      exportButton.disabled = false;
      teardown = () => {
        for (const unmount of unmounts) unmount();
        window.removeEventListener('hashchange', onHashChange);
        byId('panel-close').removeEventListener('click', onClose);
        exportButton.removeEventListener('click', onExport);
        explorer.kill();
      };
      isMounted = true;
      performance.mark('citegraph:mounted');

      const wanted = nodeFromHash(location.hash);
      if (wanted !== undefined) {
        if (graph.hasNode(wanted)) explorer.selectNode(wanted, { focus: true });
        else showError(`${fileName}: no node "${wanted}" for the link's #node=`);
      } else explorer.selectNode(undefined);
    };
    if (!check) mount();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('citegraph:frame');
        // A big file's check waits until its first frame is on screen.
        if (check) setTimeout(mount);
      }),
    );
  };

  const openFile = async (file: File) => {
    try {
      const read = readGraph(await file.text(), file.name);
      showError(undefined);
      setHash(undefined);
      show(read, file.name);
    } catch (error) {
      showError(messageOf(error));
    }
  };

  const loadServedGraph = async () => {
    let response: Response;
    try {
      performance.mark('citegraph:start');
      response = await fetch(GRAPH_URL);
      performance.mark('citegraph:response');
    } catch (error) {
      setPhase('none');
      showError(`${GRAPH_URL}: cannot be fetched (${messageOf(error)}); if this page was opened from disk, serve its folder with a static file server`);
      return;
    }
    if (response.status === 404) return setPhase('none');
    try {
      if (!response.ok) throw new Error(`${GRAPH_URL}: the server answered ${response.status} ${response.statusText}`);
      const text = await response.text();
      performance.mark('citegraph:fetched');
      const read = readGraph(text, 'graph.json');
      performance.mark('citegraph:parsed');
      show(read, 'graph.json');
    } catch (error) {
      setPhase('none');
      showError(messageOf(error));
    }
  };

  const fileInput = byId<HTMLInputElement>('file');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void openFile(file);
  });
  mountDropZone(byId('drop-overlay'), (file) => void openFile(file));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) byId('panel-close').click();
  });
  void loadServedGraph();
}

/** Dropping a file anywhere on the page opens it. */
function mountDropZone(overlay: HTMLElement, onFile: (file: File) => void): void {
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

startPage();
