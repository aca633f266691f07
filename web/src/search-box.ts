import { element } from './dom.js';
import { type SearchIndex, suggest, type Suggestion } from './search.js';

/**
 * The search box: suggestions from labels and aliases as the user types,
 * and did-you-mean spellings when few match; Enter, a click, or the arrow
 * keys (Home, End) then Enter picks one, Escape closes the list. Returns a function that
 * removes its listeners.
 */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, index: SearchIndex, onPick: (node: string) => void): () => void {
  let suggestions: Suggestion[] = [];
  let active = -1;

  const close = () => {
    suggestions = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (position: number) => {
    active = position;
    list.querySelectorAll('li').forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    input.value = suggestion.label;
    close();
    onPick(suggestion.node);
  };

  const onInput = () => {
    suggestions = suggest(index, input.value);
    active = -1;
    list.replaceChildren(
      ...suggestions.map((suggestion, i) => {
        const item = element('li', {}, [
          element('span', { text: suggestion.label }),
          suggestion.matched !== undefined && element('span', { className: 'alias', text: suggestion.matched }),
          suggestion.isFuzzy === true && element('span', { className: 'alias', text: 'did you mean?' }),
          element('span', { className: 'kind', text: suggestion.kind }),
        ]);
        item.id = `suggestion-${i}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        // mousedown, not click: it comes before the input's blur closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(suggestion);
        });
        return item;
      }),
    );
    if (suggestions.length === 0 && input.value.trim() !== '') list.append(element('li', { className: 'empty', text: 'No match' }));
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + suggestions.length) % suggestions.length);
    } else if ((event.key === 'Home' || event.key === 'End') && active >= 0) {
      event.preventDefault();
      highlight(event.key === 'Home' ? 0 : suggestions.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(suggestions[Math.max(active, 0)] ?? suggest(index, input.value, 1)[0]);
    } else if (event.key === 'Escape') close();
  };
  const onBlur = () => close();

  input.disabled = false;
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', onBlur);
  return () => {
    close();
    input.value = '';
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKeyDown);
    input.removeEventListener('blur', onBlur);
  };
}
