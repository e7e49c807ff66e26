/** The element a public page's island renders into (the server renders the same tree into it first). */
export const ISLAND_ROOT_ID = 'island-root';
/** The `<script type="application/json">` that carries the island's props. */
export const ISLAND_PROPS_ID = 'island-props';

/** The island scripts that src/islands/build-islands.mjs builds (src/islands/<name>.island.tsx). */
export type IslandName = 'registration' | 'survey' | 'manage';

/** What a public page's messages carry for its island: only these namespaces of the catalog. */
export type IslandMessages = Record<string, unknown>;
