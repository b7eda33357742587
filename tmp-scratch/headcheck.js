const { parseDocument } = require('htmlparser2');
const zlib = require('zlib'), fs = require('fs');
for (const id of process.argv.slice(2)) {
  const h = zlib.gunzipSync(fs.readFileSync(`/work/shared/benchmarks/dragnet/html/${id}.html.gz`)).toString();
  const d = parseDocument(h, {});
  const stack=[d]; let head=null;
  while(stack.length){const n=stack.pop(); if(n.name==='head'){head=n;break;} if(n.children && (n.type==='root'||n.name==='html')) stack.push(...n.children);}
  const odd = head ? head.children.filter(c => (c.type==='text' && c.data.trim()) || (c.type==='tag' && !['title','meta','link','script','style','base','noscript'].includes(c.name))) : [];
  console.log(id, odd.slice(0,3).map(c => c.type==='text' ? 'TEXT:'+JSON.stringify(c.data.slice(0,60)) : '<'+c.name+' '+JSON.stringify(c.attribs).slice(0,80)));
}
