// Unit tests for src/launch.js (no VS Code needed): node --test test/unit/
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const launch = require('../../src/launch');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-launch-'));
const touch = (p, mode) => { fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, ''); if (mode) fs.chmodSync(p, mode); return p; };

test('java -version output gives the major version', () => {
  assert.strictEqual(launch.parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.strictEqual(launch.parseJavaVersion('java version "1.8.0_392"'), 8);
  assert.strictEqual(launch.parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.strictEqual(launch.parseJavaVersion('no java here'), null);
});

test('the configured jar wins, then the bundled one; a missing jar names the setting', () => {
  const bundled = touch(path.join(tmp, 'ext', 'server', 'newslint.jar'));
  const own = touch(path.join(tmp, 'ws', 'build', 'newslint.jar'));
  assert.strictEqual(launch.resolveJar('', bundled), bundled);
  assert.strictEqual(launch.resolveJar('build/newslint.jar', bundled, path.join(tmp, 'ws')), own);
  assert.strictEqual(launch.resolveJar('${workspaceFolder}/build/newslint.jar', bundled, path.join(tmp, 'ws')), own);
  assert.throws(() => launch.resolveJar('/nowhere/newslint.jar', bundled),
    (e) => e.setting === 'newslint.serverPath' && /\/nowhere\/newslint\.jar/.test(e.message));
  assert.throws(() => launch.resolveJar('', path.join(tmp, 'none.jar')),
    (e) => e.setting === 'newslint.serverPath' && /newslint\.serverPath/.test(e.message));
});

test('java: newslint.java.home, then JAVA_HOME, then PATH; none is a clear error', () => {
  const homeJava = touch(path.join(tmp, 'jdk', 'bin', 'java'), 0o755);
  const envJava = touch(path.join(tmp, 'envjdk', 'bin', 'java'), 0o755);
  const pathJava = touch(path.join(tmp, 'pathbin', 'java'), 0o755);
  assert.deepStrictEqual(launch.resolveJava(path.join(tmp, 'jdk'), { JAVA_HOME: path.join(tmp, 'envjdk') }).java, homeJava);
  assert.strictEqual(launch.resolveJava('', { JAVA_HOME: path.join(tmp, 'envjdk'), PATH: path.join(tmp, 'pathbin') }).java, envJava);
  assert.strictEqual(launch.resolveJava('', { PATH: path.join(tmp, 'pathbin') }).java, pathJava);
  assert.throws(() => launch.resolveJava('', { PATH: path.join(tmp, 'empty') }),
    (e) => e.setting === 'newslint.java.home' && /Java 17 or newer/.test(e.message) && /newslint\.java\.home/.test(e.message));
  assert.throws(() => launch.resolveJava(path.join(tmp, 'nojdk'), {}),
    (e) => e.setting === 'newslint.java.home' && /nojdk/.test(e.message));
});

test('an old or broken java is refused with the setting named', async () => {
  const old = touch(path.join(tmp, 'old', 'bin', 'java'), 0o755);
  fs.writeFileSync(old, '#!/bin/sh\necho \'java version "1.8.0_392"\' >&2\n');
  await assert.rejects(launch.checkJava(old, 'test'), (e) => /is Java 8/.test(e.message) && e.setting === 'newslint.java.home');
  const broken = touch(path.join(tmp, 'broken', 'bin', 'java'), 0o644);
  await assert.rejects(launch.checkJava(broken, 'test'), (e) => /cannot run Java/.test(e.message));
});

test('server settings are the newslint section the server parses, without unusable values', () => {
  const cfg = { rules: { 'vague-source': 'info', 'unattributed-claim': false }, maxDocumentChars: 5000, serverPath: '/x' };
  assert.deepStrictEqual(launch.serverSettings((k) => cfg[k]),
    { newslint: { rules: { 'vague-source': 'info', 'unattributed-claim': false }, maxDocumentChars: 5000 } });
  assert.deepStrictEqual(launch.serverSettings((k) => ({ rules: [], maxDocumentChars: 0, rulesDocumentationUrl: ' ' })[k]),
    { newslint: {} });
  assert.deepStrictEqual(launch.serverSettings((k) => ({ rulesDocumentationUrl: 'https://wiki.example/rules/' })[k]),
    { newslint: { rulesDocumentationUrl: 'https://wiki.example/rules/' } });
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
