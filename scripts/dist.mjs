// Publishing build: `node scripts/dist.mjs` (`make dist`, after `make wasm` has built www/pkg).
//
// Writes
//   dist/                 the static site: what www/index.html loads, with relative URLs only, so it
//                         works from any sub-path of any static host (checked here: no URL in the
//                         copied HTML, JS or CSS may start with `/` or name another origin);
//   dist/datelines.html   one self-contained file: the CSS, the JS modules (bundled below) and the
//                         wasm (base64, passed to the glue's `init({ module_or_path: bytes })`)
//                         inlined, for opening from disk (file://). The <datelines-timeline>
//                         element's CSS goes in as a string (globalThis.__datelinesTimelineCss),
//                         which the element adopts as a constructable stylesheet in its shadow
//                         root instead of its <link>; app.js hands it the initialised package. A module worker cannot start
//                         from a file:// page (opaque origin), so this file analyses on the main
//                         thread after a paint (app.js's fallback) — a decision that keeps it one
//                         file; its Content-Security-Policy allows exactly its inline script and
//                         style by SHA-256 hash.
// Every JS and CSS file written is minified by esbuild (an npm dev dependency; `npm ci`), which
// cuts what the page loads by about 10 KB gzipped; the wasm-bindgen glue's snippets
// (pkg/snippets/: the built-in sample's articles, as data) are copied along. The wasm goes through
// binaryen's wasm-opt (npm `binaryen`, a dev dependency: Debian's binaryen 108 cannot read
// wasm-bindgen's output) with WASM_OPT below, has its functions reordered so that similar ones
// sit together for gzip (scripts/wasm-order.mjs, binaryen's JS API), then loses its custom
// sections (wasm-bindgen's `name` section of closure descriptors, `producers`,
// `target_features`: metadata for tools, never read when the module runs).
// Prints what it wrote with raw and gzip sizes.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { orderForGzip } from './wasm-order.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

/** What the site serves, relative to www/ (optional ones are copied when present). */
const SITE = ['index.html', 'app.js', 'worker.js', 'recover.js', 'style.css', 'favicon.svg', 'datelines-timeline.js', 'datelines-timeline.css',
  'pkg/datelines.js', 'pkg/datelines_bg.wasm'];
/** The bare embed page and its data, published alongside as a demo of the element. */
const OPTIONAL = ['embed.html', 'sample-analysis.json'];

/** Files under `dir` (relative to www/), recursively. */
async function filesUnder(dir) {
  const entries = await readdir(path.join(www, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile())
    .map((e) => path.relative(www, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'));
}

/** esbuild's JS API, from node_modules (`npm ci`). */
async function esbuild() {
  try {
    return await import('esbuild');
  } catch {
    return fail('esbuild is missing: run `npm ci` (it is an npm dev dependency)');
  }
}

/** `text` minified as JS (an ES module) or CSS, by its extension. */
async function minify(text, file) {
  const { transform } = await esbuild();
  const loader = file.endsWith('.css') ? 'css' : 'js';
  const options = { loader, minify: true, legalComments: 'none', charset: 'utf8' };
  if (loader === 'js') Object.assign(options, { format: 'esm', target: 'es2022' });
  return (await transform(text, options)).code;
}

/**
 * wasm-opt's passes for the published module, chosen by gzipped size (what the page downloads),
 * measured on this module: `-Os` without inlining (`-ocimfs 0 -aimfs 0`: inlining grows the
 * gzipped module by ~15 KB although it shrinks the raw one) and without `local-cse` (+0.8 KB
 * gzipped). `-Oz` gives fewer raw bytes but more gzipped ones (216.8 KB vs 212.4 KB).
 * `--converge` repeats the passes until the module stops shrinking (-0.16 KB gzipped, about 10 s
 * more); `-O2`/`-O3`/`-O4` without inlining and `--merge-similar-functions` came out larger.
 */
const WASM_OPT = ['-Os', '-ocimfs', '0', '-aimfs', '0', '--skip-pass=local-cse', '--converge',
  // The features rustc's wasm32-unknown-unknown target uses (read from the module's
  // target_features section when it has one; stated here for builds whose section was stripped).
  ...['bulk-memory', 'bulk-memory-opt', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals',
    'reference-types', 'multivalue', 'call-indirect-overlong'].map((feature) => `--enable-${feature}`)];

/** `file` (a .wasm) optimised by wasm-opt from node_modules with WASM_OPT. */
async function wasmOpt(file) {
  const bin = path.join(root, 'node_modules', '.bin', 'wasm-opt');
  if (!existsSync(bin)) fail('node_modules/.bin/wasm-opt is missing: run `npm ci` (binaryen is an npm dev dependency)');
  const dir = await mkdtemp(path.join(tmpdir(), 'datelines-dist-'));
  try {
    const out = path.join(dir, 'opt.wasm');
    execFileSync(bin, [file, ...WASM_OPT, '-o', out], { stdio: 'inherit' });
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `wasm` without its custom sections (id 0); every other section is kept byte for byte. */
function withoutCustomSections(wasm) {
  const kept = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      if (byte === undefined) fail('pkg/datelines_bg.wasm is truncated');
      size += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    at += size;
    if (at > wasm.length) fail('pkg/datelines_bg.wasm is truncated');
    if (id !== 0) kept.push(wasm.subarray(start, at));
  }
  return Buffer.concat(kept);
}

function fail(message) {
  console.error(`dist: ${message}`);
  process.exit(1);
}

/**
 * Absolute or cross-origin URLs in HTML/CSS/JS text: each one would break a sub-path host. Whole-line
 * `//` comments (usage examples in a JS file's header) are not code and are skipped.
 */
function absoluteUrls(text) {
  text = text.replace(/^[ \t]*\/\/.*$/gm, '');
  const found = [];
  const patterns = [
    /\b(?:src|href|action)\s*=\s*["']([^"']*)["']/g,
    /url\(\s*["']?([^"')]*)["']?\s*\)/g,
    /\b(?:import|from)\s*\(?\s*["']([^"']+)["']/g,
    /new URL\(\s*["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const url = match[1];
      if (/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(url) && !/^(?:data|blob):/i.test(url)) found.push(url);
    }
  }
  return found;
}

// ---- a small ES module bundler for the app's own modules ------------------------------------

/**
 * Bundle `entry` and the relative modules it imports into one script: each module becomes a
 * function scope returning its exports, dependencies first. Handles the forms the app and the
 * wasm-bindgen glue use: `import X, { a, b as c } from './m.js'`, `import * as ns from`,
 * `import './m.js'`, `export function|class|const|let|var|async function`, `export default`,
 * `export { a, b as c }`.
 */
async function bundle(entry) {
  const order = [];
  const names = new Map();
  async function visit(file) {
    if (names.has(file)) return names.get(file);
    const name = `__module${names.size}`;
    names.set(file, name);
    let code = await readFile(file, 'utf8');
    const deps = [];
    code = code.replace(
      /^[ \t]*import\s+(?:(\*\s+as\s+[\w$]+)|([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?)\s*(?:from\s*)?["'](\.{1,2}\/[^"']+)["'];?/gm,
      (all, star, defaultName, named, spec) => {
        deps.push([path.resolve(path.dirname(file), spec), star, defaultName, named]);
        return `/*import ${deps.length - 1}*/`;
      },
    );
    for (const [index, [dep, star, defaultName, named]] of deps.entries()) {
      const depName = await visit(dep);
      const parts = [];
      if (defaultName) parts.push(`default: ${defaultName}`);
      for (const item of (named ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
        const [from, to] = item.split(/\s+as\s+/);
        parts.push(to ? `${from}: ${to}` : from);
      }
      let replacement = '';
      if (star) replacement = `const ${star.replace(/^\*\s+as\s+/, '')} = ${depName};`;
      else if (parts.length > 0) replacement = `const { ${parts.join(', ')} } = ${depName};`;
      code = code.replace(`/*import ${index}*/`, replacement);
    }
    if (/^\s*import\s/m.test(code)) fail(`${path.relative(root, file)}: an import the bundler does not handle`);
    const exported = [];
    code = code.replace(/^export\s+default\s+(async\s+function|function|class)\s+([\w$]+)/gm, (all, kind, id) => {
      exported.push(['default', id]);
      return `${kind} ${id}`;
    });
    code = code.replace(/^export\s+default\s+/gm, () => {
      exported.push(['default', '__default']);
      return 'const __default = ';
    });
    code = code.replace(/^export\s+(async\s+function\*?|function\*?|class|const|let|var)\s+([\w$]+)/gm, (all, kind, id) => {
      exported.push([id, id]);
      return `${kind} ${id}`;
    });
    code = code.replace(/^export\s*\{([^}]*)\};?/gm, (all, list) => {
      for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [local, as] = item.split(/\s+as\s+/);
        exported.push([as ?? local, local]);
      }
      return '';
    });
    if (/^\s*export\s/m.test(code)) fail(`${path.relative(root, file)}: an export the bundler does not handle`);
    const returned = exported.map(([as, local]) => `${JSON.stringify(as)}: ${local}`).join(', ');
    order.push(`// ---- ${path.relative(www, file)}\nconst ${name} = (() => {\n${code}\nreturn { ${returned} };\n})();\n`);
    return name;
  }
  await visit(entry);
  return order.join('\n');
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function main() {
  for (const file of SITE) {
    if (!existsSync(path.join(www, file))) fail(`www/${file} is missing (run \`make wasm\` first)`);
  }
  const snippets = existsSync(path.join(www, 'pkg', 'snippets')) ? await filesUnder('pkg/snippets') : [];
  const files = [...SITE, ...snippets, ...OPTIONAL.filter((file) => existsSync(path.join(www, file)))];
  await rm(dist, { recursive: true, force: true });
  await mkdir(path.join(dist, 'pkg'), { recursive: true });
  for (const file of files) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    if (/\.(?:html|js|css)$/.test(file)) {
      const text = await readFile(path.join(www, file), 'utf8');
      const bad = absoluteUrls(text);
      if (bad.length > 0) fail(`www/${file} uses absolute URLs, which break sub-path hosting: ${bad.join(', ')}`);
      if (/\.(?:js|css)$/.test(file)) {
        await writeFile(path.join(dist, file), await minify(text, file));
        continue;
      }
    }
    if (file.endsWith('.wasm')) {
      await writeFile(path.join(dist, file), withoutCustomSections(orderForGzip(await wasmOpt(path.join(www, file)))));
      continue;
    }
    await copyFile(path.join(www, file), path.join(dist, file));
  }

  // The single file.
  const wasm = await readFile(path.join(dist, 'pkg', 'datelines_bg.wasm'));
  const script = [
    '// datelines, one file: the wasm below is passed to the glue\'s init() by app.js.',
    'globalThis.__datelinesSingleFile = true;',
    `globalThis.__datelinesWasm = Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0));`,
    `globalThis.__datelinesTimelineCss = ${JSON.stringify(await readFile(path.join(dist, 'datelines-timeline.css'), 'utf8'))};`,
    await minify(await bundle(path.join(www, 'app.js')), 'bundle.js'),
  ].join('\n').replace(/<\/(script)/gi, '<\\/$1');
  const css = (await readFile(path.join(dist, 'style.css'), 'utf8')).replace(/<\/(style)/gi, '<\\/$1');
  let html = await readFile(path.join(www, 'index.html'), 'utf8');
  const csp = `default-src 'none'; script-src ${sha256(script)} 'wasm-unsafe-eval'; style-src ${sha256(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const replaceOnce = (pattern, replacement, what) => {
    if (!pattern.test(html)) fail(`www/index.html: ${what} not found`);
    html = html.replace(pattern, () => replacement);
  };
  replaceOnce(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'the CSP meta element');
  replaceOnce(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`, 'the stylesheet link');
  replaceOnce(/<script type="module" src="app.js"><\/script>/, `<script type="module">${script}</script>`, 'the app script');
  const icon = await readFile(path.join(www, 'favicon.svg'));
  html = html.replace(/<link rel="icon" href="favicon.svg"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}">`);
  await writeFile(path.join(dist, 'datelines.html'), html);

  for (const file of [...files, 'datelines.html']) {
    const bytes = await readFile(path.join(dist, file));
    console.log(`${`dist/${file}`.padEnd(32)} ${String(bytes.length).padStart(9)} bytes raw ${String(gzipSync(bytes, { level: 9 }).length).padStart(9)} bytes gzip -9`);
  }
}

await main();
