const { cleanHtml } = require('/work/wt/clean/dist/src/clean');
const para = (n) => Array.from({length:n}, (_, i) => `<p>This is sentence number ${i} of the invented report, with commas, clauses, and enough words to count as prose for the scorer.</p>`).join('\n');
const cases = {
  nobody: `<html><head><title>Invented report</title><meta name="x" content="y">\n<div id="content"><h1>Invented report</h1>${para(5)}</div></html>`,
  nobodyNoHead: `<html><head><title>Invented report</title></head>\n<div id="content"><h1>Invented report</h1>${para(5)}</div></html>`,
  unclosedTitle: `<html><head><title>Invented report\n<meta name="x" content="y"></head><body><div>${para(5)}</div></body></html>`,
  truncatedMeta: `<html><head><title>Invented report</title><meta http-equiv="Content-Type" CONTEN\n<meta name="x" content="y"></head><body><div>${para(5)}</div></body></html>`,
  truncatedMetaQuote: `<html><head><title>Invented report</title><meta name="description" content="An invented \n</head><body><div>${para(5)}</div></body></html>`,
  misnest: `<html><body><div><b><p>${para(5)}</b></i></div></span></body></html>`,
  frameset: `<html><head><title>Invented report</title></head><frameset cols="20%,80%"><frame src="a.html"><noframes><body>${para(5)}</body></noframes></frameset></html>`,
  noscript: `<html><head><title>Invented report</title><noscript><img src="x"></head><body><div>${para(5)}</div></body></html>`,
  noscriptUnclosedBody: `<html><head><title>Invented report</title></head><body><noscript><p>Enable JS</p><div>${para(5)}</div></body></html>`,
  unclosedScript: `<html><head><title>Invented report</title><script>var a = 1;\n</head><body><div>${para(5)}</div></body></html>`,
  unclosedStyle: `<html><head><title>Invented report</title><style>body{}\n</head><body><div>${para(5)}</div></body></html>`,
  textarea: `<html><head><title>Invented report</title></head><body><form><textarea>Comment</form><div>${para(5)}</div></body></html>`,
};
for (const [k, h] of Object.entries(cases)) {
  const d = cleanHtml(h);
  console.log(k.padEnd(22), String(d.text.length).padStart(5), JSON.stringify(d.title).slice(0, 60), d.warnings.join(','));
}
