const b = require('/work/wt/clean/dist/bench/clean-bench.js');
const { parseDocument } = require('htmlparser2');
const parse5 = require('parse5');
const { adapter } = require('parse5-htmlparser2-tree-adapter');
const cheerio = require('cheerio');
for (const dir of ['/work/shared/benchmarks/article-extraction', '/work/shared/benchmarks/dragnet']) {
  const pages = b.loadBenchPages(dir);
  const fns = {
    cheerio_h2: (h) => cheerio.load(h, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true } }),
    htmlparser2: (h) => parseDocument(h, { withStartIndices: true, withEndIndices: true, decodeEntities: true }),
    parse5_loc: (h) => parse5.parse(h, { treeAdapter: adapter, sourceCodeLocationInfo: true, scriptingEnabled: true }),
    parse5_noloc: (h) => parse5.parse(h, { treeAdapter: adapter, scriptingEnabled: true }),
  };
  for (let round = 0; round < 2; round++) for (const [name, f] of Object.entries(fns)) {
    const t = process.hrtime.bigint();
    for (const p of pages) f(p.html);
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    if (round) console.log(dir.split('/').pop(), name, s.toFixed(2), 's', (pages.length / s).toFixed(0), 'pages/s');
  }
}
