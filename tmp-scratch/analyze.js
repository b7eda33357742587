const b = require('/work/wt/clean/dist/bench/clean-bench.js');
const { cleanHtml } = require('/work/wt/clean/dist/src/clean');
const dir = process.argv[2] || '/work/shared/benchmarks/dragnet';
const pages = b.loadBenchPages(dir);
const rows = []; const scores = [];
for (const p of pages) {
  const d = cleanHtml(p.html, { url: p.url });
  const s = b.scorePage(p.truth, d.text); scores.push(s);
  const P = s.tp / Math.max(1, s.tp + s.fp), R = s.tp / Math.max(1, s.tp + s.fn);
  rows.push({ id: p.id, P, R, F: P + R ? 2 * P * R / (P + R) : 0, tl: d.text.length, gl: p.truth.length, w: d.warnings.join(','), title: (d.title||'').slice(0,60) });
}
require('fs').writeFileSync(process.argv[3] || '/tmp/cl/rows.json', JSON.stringify(rows));
const sm = b.summarise(scores); console.log('SUMMARY P', sm.precision.toFixed(4), 'R', sm.recall.toFixed(4), 'F1', sm.f1.toFixed(4), 'empty', scores.filter(s=>s.empty).length, 'emptyLong', scores.filter((s,i)=>s.empty&&pages[i].truth.length>=500).length);
if (process.env.QUIET) process.exit(0);
const bad = rows.filter(r => r.F < 0.5).sort((a, b) => a.F - b.F);
console.log('F<0.5:', bad.length);
for (const r of bad) console.log(r.id.padEnd(8), r.P.toFixed(2), r.R.toFixed(2), String(r.tl).padStart(6), String(r.gl).padStart(6), r.w, '|', r.title);
const ws = {}; for (const r of rows) for (const w of r.w.split(',').filter(Boolean)) ws[w] = (ws[w]||0)+1; console.log(ws);
