import { createRequire } from 'node:module';
import type compromise from 'compromise';

/**
 * compromise, loaded from its one-file CommonJS build: the same library `import 'compromise'` gives, whose
 * ESM entry is ~400 source modules that took Node's module loader 0.55 s to load here, the one file 0.36 s.
 * Every command reads words with it, so this is most of a CLI call's start-up. Every module takes compromise
 * from here, so all share one instance (and one model).
 */
export const nlp = createRequire(import.meta.url)('compromise') as typeof compromise;
