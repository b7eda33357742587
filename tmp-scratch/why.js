const zlib = require('zlib'), fs = require('fs');
const { cleanHtml } = require('/work/wt/clean/dist/src/clean');
const { parsePage } = require('/work/wt/clean/dist/src/clean/parse');
const { textOf, isElement, walk } = require('/work/wt/clean/dist/src/clean/dom');
const id = process.argv[2];
const h = zlib.gunzipSync(fs.readFileSync(`/work/shared/benchmarks/dragnet/html/${id}.html.gz`)).toString();
const d = cleanHtml(h);
console.log('TEXT', d.text.length, d.warnings, JSON.stringify(d.text.slice(0, 300)));
const gold = require('/work/shared/benchmarks/dragnet/ground-truth.json')[id].articleBody;
console.log('GOLD', gold.length, JSON.stringify(gold.slice(0, 300)));
// where is the gold's first 40 chars in the tree
const needle = gold.replace(/\s+/g," ").trim().slice(Number(process.argv[3]||0), Number(process.argv[3]||0)+30);
const root = parsePage(h).root;
walk(root, (n) => { if (n.type === 'text' && n.data.replace(/\s+/g,' ').includes(needle.slice(0,20))) { const path=[]; for (let p=n.parent; p; p=p.parent) if (p.name) path.unshift(p.name + (p.attribs.id?'#'+p.attribs.id:'') + (p.attribs.class?'.'+p.attribs.class.replace(/\s+/g,'.'):'')); console.log('PATH', path.join(' > ')); } return true; });
