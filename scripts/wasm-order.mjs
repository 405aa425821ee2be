// Function order for compression: `orderForGzip(wasm)` returns the same module with its function
// bodies reordered so that similar bodies sit next to each other. Used by scripts/dist.mjs after
// wasm-opt; `node scripts/wasm-order.mjs IN.wasm [OUT.wasm]` runs it alone and prints the sizes.
//
// gzip finds repeats only within the last 32 KB it has read, and rustc lays out functions in
// an order that has nothing to do with their content: monomorphised copies of one generic
// function, or the rules of one grammar, end up far apart. Placing each body after the body it
// shares the most byte sequences with (greedy nearest neighbour, starting from the largest)
// brings those repeats within reach: about 5 KB less gzip for datelines' module (BENCHMARKS.md).
// Nothing runs differently: only the order of the function index space changes, and binaryen
// renumbers every call, table entry and export by name.
//
// Similarity: the sets of 4-byte sequences (shingles) of two bodies; a candidate's score is the
// number of the current body's shingles it shares, divided by (its shingle count^0.3 + 1), so
// large bodies do not win on size alone. A few shingle lengths and exponents are tried (SETTINGS)
// and the smallest gzip kept. The order is deterministic for a given input.

import binaryen from 'binaryen';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * The settings tried, as [bytes per shingle, how much a candidate's own size discounts its score
 * (0: not at all, 1: fully)]; the order that gzips smallest wins. Which one wins moves with the
 * code (the greedy order is chaotic: one setting ranged over 2 KB of gzip as the code changed),
 * so trying a few takes out most of that noise for about a second each.
 */
const SETTINGS = [[4, 0.3], [4, 0.2], [4, 0.5], [5, 0.1], [3, 0.3], [5, 0.3]];

/**
 * The Wasm features rustc's wasm32-unknown-unknown output uses (as scripts/dist.mjs's WASM_OPT
 * enables them). Set explicitly: with all features on, binaryen would write newer encodings
 * (compact imports) that browsers do not read yet.
 */
function features() {
  const f = binaryen.Features;
  return f.MutableGlobals | f.NontrappingFPToInt | f.BulkMemory | f.BulkMemoryOpt | f.SignExt
    | f.ReferenceTypes | f.Multivalue | f.CallIndirectOverlong;
}

/** An unsigned LEB128 at `at` of `bytes`: [value, offset after it]. */
function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('wasm-order: truncated module');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/** The function bodies of the code section (id 10) of a binary module, in order. */
function codeBodies(wasm) {
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at++];
    let size;
    [size, at] = leb(wasm, at);
    if (id === 10) {
      const code = wasm.subarray(at, at + size);
      let [count, k] = leb(code, 0);
      const bodies = [];
      for (; count > 0; count -= 1) {
        const start = k;
        let length;
        [length, k] = leb(code, k);
        k += length;
        bodies.push(code.subarray(start, k));
      }
      return bodies;
    }
    at += size;
  }
  return [];
}

/** The set of shingles (hashed, `size` bytes each) of `body`. */
function shingles(body, size) {
  const set = new Set();
  for (let k = 0; k + size <= body.length; k++) {
    let hash = 0;
    for (let q = 0; q < size; q++) hash = (Math.imul(hash, 257) + body[k + q]) >>> 0;
    set.add(hash);
  }
  return set;
}

/** Indices of `bodies` in greedy nearest-neighbour order, starting from the largest body. */
function greedyOrder(bodies, [shingle, discount]) {
  const sets = bodies.map((body) => shingles(body, shingle));
  const holders = new Map();
  sets.forEach((set, f) => {
    for (const g of set) {
      let list = holders.get(g);
      if (!list) holders.set(g, (list = []));
      list.push(f);
    }
  });
  const left = new Set(bodies.keys());
  const largest = () => [...left].reduce((a, b) => (bodies[b].length > bodies[a].length ? b : a));
  const order = [];
  let current = largest();
  for (;;) {
    order.push(current);
    left.delete(current);
    if (left.size === 0) return order;
    const shared = new Map();
    for (const g of sets[current]) {
      for (const f of holders.get(g)) if (left.has(f)) shared.set(f, (shared.get(f) ?? 0) + 1);
    }
    let best = -1;
    let bestScore = -1;
    for (const [f, count] of shared) {
      const score = count / (sets[f].size ** discount + 1);
      if (score > bestScore) [best, bestScore] = [f, score];
    }
    current = best >= 0 ? best : largest();
  }
}

/**
 * `wasm` (a binary module) with its defined functions reordered for gzip; imports, exports,
 * tables, data and everything else unchanged. Throws if binaryen finds the result invalid or if
 * its imports or exports differ from the input's.
 * @param {Uint8Array} wasm
 * @returns {Uint8Array}
 */
export function orderForGzip(wasm) {
  let best = null;
  let bestSize = Infinity;
  for (const setting of SETTINGS) {
    const ordered = orderedBy(wasm, setting);
    const size = gzipSync(ordered, { level: 9 }).length;
    if (size < bestSize) [best, bestSize] = [ordered, size];
  }
  return best;
}

/** `wasm` reordered by the greedy order of one of [`SETTINGS`], checked. */
function orderedBy(wasm, setting) {
  const module = binaryen.readBinary(wasm);
  try {
    module.setFeatures(features());
    const bodies = codeBodies(module.emitBinary());
    const names = [];
    for (let k = 0; k < module.getNumFunctions(); k++) {
      const info = binaryen.getFunctionInfo(module.getFunctionByIndex(k));
      if (!info.module) names.push(info.name); // imported functions have no body
    }
    if (names.length !== bodies.length) throw new Error(`wasm-order: ${names.length} functions but ${bodies.length} bodies`);
    // Removing a function and adding it again puts it last: re-adding all in order reorders them.
    for (const f of greedyOrder(bodies, setting)) {
      const info = binaryen.getFunctionInfo(module.getFunction(names[f]));
      module.removeFunction(names[f]);
      module.addFunction(names[f], info.params, info.results, info.vars, info.body);
    }
    if (!module.validate()) throw new Error('wasm-order: the reordered module does not validate');
    const ordered = module.emitBinary();
    // The same interface, as the engine that will run it reads it (and compiles it).
    const face = (bytes) => {
      const compiled = new WebAssembly.Module(bytes);
      return JSON.stringify([WebAssembly.Module.imports(compiled), WebAssembly.Module.exports(compiled)]);
    };
    if (face(ordered) !== face(wasm)) throw new Error('wasm-order: the reordered module has other imports or exports');
    return ordered;
  } finally {
    module.dispose();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input) {
    console.error('usage: node scripts/wasm-order.mjs IN.wasm [OUT.wasm]');
    process.exit(2);
  }
  const before = await readFile(input);
  const after = orderForGzip(before);
  if (output) await writeFile(output, after);
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
  console.log(`${input}: ${before.length} → ${after.length} bytes raw, ${gz(before)} → ${gz(after)} gzip -9 (zlib)`);
}
