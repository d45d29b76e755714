/** Rebuilds `dist/` if it is older than the sources, saying so on stderr; returns whether it did. */
export function ensureBuilt(): boolean;
