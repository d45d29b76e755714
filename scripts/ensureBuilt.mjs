/**
 * Brings `dist/` up to date with `src/` and `commands/`: rebuilds it (`tsc -b`, incremental) when a source
 * or a build setting is newer than the last build. `runBuilt.mjs` calls it before every compiled entry;
 * the tests that run those entries as processes call it first too, so they never time a rebuild, nor read
 * its note as the script's own output. The check stats the sources (~2 ms); running `tsc -b` on every
 * call would cost ~0.8 s even with nothing to build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(ROOT, 'dist', '.tsbuildinfo');
const SOURCES = ['src', 'commands'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSource() {
  let newest = Math.max(...CONFIGS.map((f) => mtime(join(ROOT, f))));
  for (const dir of SOURCES) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      // The fitted model (`rankingModel.json`) is a source too: `npm run train` rewrites it.
      if (!entry.isFile() || !/\.(ts|json)$/.test(entry.name) || entry.name.endsWith('.test.ts')) continue;
      newest = Math.max(newest, mtime(join(entry.parentPath, entry.name)));
    }
  }
  return newest;
}

/** Rebuilds `dist/` if it is older than the sources, saying so on stderr; returns whether it did. */
export function ensureBuilt() {
  if (mtime(STAMP) >= newestSource()) return false;
  process.stderr.write('citebot: sources changed since the last build; rebuilding dist/…\n');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // tsc leaves the stamp alone when the output did not change (a touched file); mark the check as done.
  const now = new Date();
  utimesSync(STAMP, now, now);
  return true;
}
