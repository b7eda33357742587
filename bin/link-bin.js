#!/usr/bin/env node
'use strict';
// npm links dependencies' bins, not the project's own: link ours so that
// `npx casefile` in a fresh clone runs this checkout without a registry lookup.
const fs = require('node:fs');
const path = require('node:path');

const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const link = path.join(binDir, 'casefile');
try {
  fs.mkdirSync(binDir, { recursive: true });
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.join('..', '..', 'bin', 'casefile.js'), link);
} catch (err) {
  process.stderr.write(`casefile: could not link node_modules/.bin/casefile (${err.message}); use node bin/casefile.js\n`);
}
