import { z } from 'zod';

/**
 * Typed arrays saved side by side in one file, and where each one sits: the parts of the index that are
 * numbers (postings, sentence and passage spans) load as views on the file's bytes, with nothing to parse.
 * Arrays are in the machine's byte order: the saved index is a cache of this machine, rebuilt when it
 * does not match.
 */
type SavedArray = Uint32Array | Int32Array;

export const ArrayLayout = z.record(
  z.string(),
  z.object({
    type: z.enum(['u32', 'i32']),
    /** In bytes from the start of the file. */
    offset: z.number().int().nonnegative(),
    /** In elements. */
    length: z.number().int().nonnegative(),
  }),
);
export type ArrayLayout = z.infer<typeof ArrayLayout>;

const typeOf = (a: SavedArray): 'u32' | 'i32' => (a instanceof Int32Array ? 'i32' : 'u32');

/** The arrays' bytes, one after another, and the layout that finds them again. */
export function packArrays(arrays: Record<string, SavedArray>): { bytes: Uint8Array; layout: ArrayLayout } {
  const layout: ArrayLayout = {};
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout[name] = { type: typeOf(a), offset, length: a.length };
    offset += a.byteLength;
  }
  const bytes = new Uint8Array(offset);
  for (const [name, a] of Object.entries(arrays)) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), layout[name]?.offset);
  }
  return { bytes, layout };
}

/** Reads the arrays back; each reader throws when the bytes do not hold what the layout says. */
export function unpackArrays(
  bytes: Uint8Array,
  layout: ArrayLayout,
): { u32(name: string): Uint32Array; i32(name: string): Int32Array } {
  // A typed array must start at a multiple of its element size; a small file's buffer may not.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const find = (name: string, type: 'u32' | 'i32') => {
    const at = layout[name];
    if (!at || at.type !== type) throw new Error(`saved array ${name} is missing`);
    if (at.offset % 4 !== 0 || at.offset + at.length * 4 > aligned.byteLength) {
      throw new Error(`saved array ${name} is cut short`);
    }
    return [aligned.buffer, aligned.byteOffset + at.offset, at.length] as const;
  };
  return {
    u32: (name) => new Uint32Array(...find(name, 'u32')),
    i32: (name) => new Int32Array(...find(name, 'i32')),
  };
}
