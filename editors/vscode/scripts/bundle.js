#!/usr/bin/env node
// Bundle src/extension.js and the npm packages it uses (vscode-languageclient and its
// dependencies, versions pinned by package-lock.json) into one file, dist/extension.js, so the
// .vsix carries no node_modules. Also writes dist/THIRD-PARTY-NOTICES.txt with the licence of
// every package that ended up in the bundle.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

(async () => {
  fs.mkdirSync(dist, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/extension.js'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    metafile: true,
    logLevel: 'warning',
  });
  const packages = new Map();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m && !packages.has(m[1])) packages.set(m[1], path.join(root, input.slice(0, m.index + m[0].length)));
  }
  const parts = ['Third-party software bundled in dist/extension.js of the newslint VS Code extension.\n'
    + 'The server jar (server/newslint.jar) carries its own notices under META-INF/.\n'];
  for (const [name, dir] of [...packages].sort()) {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const text = file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${pkg.license}`;
    parts.push(`${'='.repeat(72)}\n${name} ${pkg.version} (${pkg.license})\n${'='.repeat(72)}\n${text}\n`);
  }
  fs.writeFileSync(path.join(dist, 'THIRD-PARTY-NOTICES.txt'), parts.join('\n'));
  const size = fs.statSync(path.join(dist, 'extension.js')).size;
  console.log(`dist/extension.js: ${(size / 1024).toFixed(0)} KiB, ${packages.size} bundled packages: ${[...packages.keys()].sort().join(', ')}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
