// Bundles the built server (dist/main.js, from tsc) with its pure-JavaScript dependencies into
// one file, dist/partnerlink.js: what `npm start` runs and what the process tests, the browser
// tests and the benchmark start.
//
// Why: Node 20 spends most of a cold start finding, reading and compiling about 2,000 module
// files (resolving, package.json lookups, the CommonJS export scan). One file starts in about
// half the time (docs/benchmarks.md). Node 20 has no compile cache to do it for us.
//
// Left outside, resolved from node_modules at run time:
// - native addons, which cannot be inlined: sqlite3 and @node-rs/argon2;
// - optional packages that are not installed and are only loaded when a feature asks for them
//   (pg-native for pg's native mode, class-validator for type-graphql's argument validation).
// Nothing is minified, and class names are kept: esbuild renames the class of every decorated
// class (tsc writes `let X = class X {}`; the bundle would have `class X2`), and type-graphql
// names the schema's types after their classes. process.test compares the schema the bundle
// serves with schema.graphql. Keeping names adds a call per function created (an
// Object.defineProperty of its name): the hot read paths make no closure per row or statement
// for that reason (2.7 % of the customers page's event loop when they did).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const EXTERNAL = ['sqlite3', '@node-rs/argon2', 'pg-native', 'class-validator'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// The bundle is an ES module; the CommonJS packages inside it still call require() for Node's own
// modules and the externals, and a few read __dirname.
const banner = [
  "import { createRequire as __bundleRequire } from 'node:module';",
  "import { fileURLToPath as __bundlePath } from 'node:url';",
  "import { dirname as __bundleDirname } from 'node:path';",
  'const require = __bundleRequire(import.meta.url);',
  'const __filename = __bundlePath(import.meta.url);',
  'const __dirname = __bundleDirname(__filename);',
].join('\n');

/**
 * @apollo/utils.createhash picks node:crypto only when `module.require` exists, which esbuild's
 * CommonJS wrapper does not provide: bundled, Apollo hashed every operation's text (its document
 * cache key) with sha.js, SHA-256 in JavaScript, on the event loop. This shim is the package's
 * Node branch.
 */
const nodeCreateHash = {
  name: 'node-create-hash',
  setup(build) {
    build.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, () => ({ path: 'apollo-create-hash', namespace: 'node-create-hash' }));
    build.onLoad({ filter: /.*/, namespace: 'node-create-hash' }, () => ({
      contents: "import { createHash } from 'node:crypto'; export { createHash };",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: [`${dist}main.js`],
  outfile: `${dist}partnerlink.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  banner: { js: banner },
  keepNames: true,
  plugins: [nodeCreateHash],
  // Maps back to src/*.ts through tsc's maps: `node --enable-source-maps dist/partnerlink.js`.
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});

if (result.errors.length > 0 || result.warnings.length > 0) process.exit(1);

// V8 keeps a script's source for as long as the process runs (functions compile lazily from it),
// and stores it with two bytes per character if a single character is not Latin-1: the ~9 MB
// bundle took ~19 MB of heap because of a few dashes and arrows in comments. esbuild escapes
// strings and identifiers itself (its default charset is ASCII); what is left are comments and
// one regular expression, where \uXXXX means the same. Each escape moves the rest of its line
// (comments, mostly) a few columns past what the source map says.
const output = `${dist}partnerlink.js`;
const text = readFileSync(output, 'utf8');
const escaped = (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
// Per UTF-16 code unit: a character beyond the BMP becomes its surrogate pair's two escapes.
const ascii = text.replace(/[^\p{ASCII}]/gu, escaped);
if (ascii !== text) writeFileSync(output, ascii);
