#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm ci` (the prepare script) into dist/.
try {
  require.resolve('../dist/src/cli/main.js');
} catch {
  process.stderr.write('casefile: not built yet; run `npm run build` first\n');
  process.exit(2);
}
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`casefile: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
