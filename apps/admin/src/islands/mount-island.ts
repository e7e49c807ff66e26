import { render } from 'preact';
import { createElement, type ComponentType } from 'react';
import { ISLAND_PROPS_ID, ISLAND_ROOT_ID } from '@/modules/public/island.constants';

/**
 * Renders a public page's island into the container the server rendered it into, with the props the page put
 * beside it as JSON. Preact's `render` (not compat's, which empties the container first) diffs against the
 * server's DOM and keeps its elements, so nothing shifts and what was typed before the script ran stays.
 */
export function mountIsland<P extends object>(component: ComponentType<P>): void {
  const root = document.getElementById(ISLAND_ROOT_ID);
  const data = document.getElementById(ISLAND_PROPS_ID);
  if (!root || !data?.textContent) return;
  const props = JSON.parse(data.textContent) as P;
  render(createElement(component, props) as unknown as Parameters<typeof render>[0], root);
}
