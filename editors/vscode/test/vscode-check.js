#!/usr/bin/env node
// Driver for run-vscode-test.sh (which sets up everything named below): starts code-server on a
// free loopback port with the newslint extension installed, opens the workbench in headless
// Chromium, opens the article the way a person does (Quick Open, Ctrl+P), which activates the
// extension; with NEWSLINT_SELFTEST_OUT set the extension then checks diagnostics, hover and
// outline through VS Code's API and writes its report (src/selftest.js). This script waits for
// the report, takes the screenshot, stops what it started and prints the verdict.
// Env: CS_BIN (code-server), RUN_DIR (profile: data/, ext/, home/), ARTIFACTS (output folder),
//      ARTICLE (document to open; its folder becomes the workspace), CHROMIUM (default
//      /usr/bin/chromium). Needs puppeteer-core on NODE_PATH.
// Prints "FAIL: <reason>" and exits 1 when a check fails.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const puppeteer = require('puppeteer-core');

const need = (name) => process.env[name] || (console.log(`FAIL: ${name} is not set`), process.exit(2));
const csBin = need('CS_BIN');
const runDir = need('RUN_DIR');
const artifacts = need('ARTIFACTS');
const article = path.resolve(need('ARTICLE'));
const folder = path.dirname(article);
const report = path.join(artifacts, 'vscode-selftest.json');
const shot = path.join(artifacts, 'vscode-workbench.png');
const t0 = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s]`, ...a);
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

async function waitForFile(file, ms) {
  const end = Date.now() + ms;
  while (!fs.existsSync(file) && Date.now() < end) await sleep(200);
  return fs.existsSync(file);
}

// Quick Open (Ctrl+P), type the file name, Enter; true once an editor tab for it shows.
async function openByQuickOpen(page, name) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyP');
    await page.keyboard.up('Control');
    try {
      await page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true, timeout: 5000 });
      await page.keyboard.type(name, { delay: 20 });
      // wait for the file search to list it, then open it
      await page.waitForFunction((n) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
        .some((row) => row.textContent.includes(n)), { timeout: 10000 }, name);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => [...document.querySelectorAll('.tabs-container .tab')]
        .some((t) => (t.getAttribute('aria-label') || t.textContent).includes(n)), { timeout: 10000 }, name);
      log(`opened ${name} with Quick Open (attempt ${attempt})`);
      return true;
    } catch (e) {
      log(`Quick Open attempt ${attempt} did not open ${name}: ${String(e.message || e).split('\n')[0]}`);
      await sleep(1000);
    }
  }
  return false;
}

(async () => {
  let server;
  let browser;
  let verdict = 'no verdict';
  try {
    const port = await freePort();
    const dataDir = path.join(runDir, 'data');
    fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'workbench.tips.enabled': false,
      'git.enabled': false,
      'window.commandCenter': false,
      'workbench.colorTheme': 'Default Light Modern',
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      // what the extension must hand to the server (checked by the self-test), and its LSP trace
      'newslint.rules': { 'vague-source': 'error' },
      'newslint.trace.server': 'messages',
    }, null, 1));
    server = cp.spawn(csBin, [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', path.join(runDir, 'code-server.yaml'),
      '--user-data-dir', dataDir, '--extensions-dir', path.join(runDir, 'ext'),
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', folder,
    ], {
      // code-server hands its environment on to the extension host, where the extension reads these
      env: { ...process.env, NEWSLINT_SELFTEST_OUT: report, NEWSLINT_SELFTEST_FILE: article, NEWSLINT_SELFTEST_CONFIG: '1' },
      stdio: ['ignore', fs.openSync(path.join(runDir, 'code-server.out'), 'w'),
        fs.openSync(path.join(runDir, 'code-server.err'), 'w')],
      detached: true, // its own process group: the cleanup below ends exactly what was started here
    });
    let up = false;
    for (let i = 0; i < 150 && !up; i++) {
      try { up = (await fetch(`http://127.0.0.1:${port}/healthz`)).ok; } catch (_) { await sleep(200); }
    }
    if (!up) throw new Error('code-server did not answer on /healthz within 30 s');
    log(`code-server up on 127.0.0.1:${port}`);

    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1400,900',
        '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync'],
      defaultViewport: { width: 1400, height: 900 },
    });
    const page = await browser.newPage();
    page.on('pageerror', (e) => log('pageerror:', String(e).slice(0, 200)));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`,
      { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90000 });
    await page.waitForSelector('.monaco-workbench .part.sidebar .explorer-folders-view, .monaco-workbench .part.sidebar',
      { timeout: 30000 });
    log('workbench loaded');
    await sleep(1000);
    // collapse the file tree so that the Outline view below it gets the height of the side bar
    await page.evaluate(() => {
      const header = document.querySelector('.explorer-folders-view')?.closest('.pane')?.querySelector('.pane-header');
      if (header && header.getAttribute('aria-expanded') === 'true') header.click();
    });
    if (!await openByQuickOpen(page, path.basename(article))) throw new Error(`could not open ${path.basename(article)} with Quick Open`);
    // the self-test signals, by <report>.java-missing, that its "no Java" error is on screen
    const flag = `${report}.java-missing`;
    let javaToast = null;
    const end = Date.now() + 180000;
    while (!fs.existsSync(report) && Date.now() < end) {
      if (fs.existsSync(flag) && javaToast === null) {
        await sleep(1000);
        javaToast = await page.evaluate(() => [...document.querySelectorAll('.notification-toast')]
          .map((t) => t.textContent).find((t) => t.includes('newslint.java.home')) || '');
        await page.screenshot({ path: path.join(artifacts, 'vscode-java-missing.png') });
        log(`"no Java" notification: ${JSON.stringify(javaToast.slice(0, 200))}`);
        fs.rmSync(flag, { force: true });
      }
      await sleep(200);
    }
    if (!fs.existsSync(report)) {
      throw new Error('no self-test report within 180 s of opening the article: the extension did not activate or hung (see vscode-logs/)');
    }
    log('self-test report written');
    await sleep(2000); // let the squiggles, Outline and the hover paint
    await page.screenshot({ path: shot });
    log(`screenshot: ${shot}`);
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    log(`${r.appName} ${r.vscodeVersion}, server ${r.server}, ${r.languageId}; diagnostics after ${r.msToDiagnostics} ms`);
    log(`diagnostics: ${(r.diagnostics || []).length} from newslint, e.g. ${JSON.stringify((r.diagnostics || [])[0])}`);
    log(`hover on line ${r.hoverPosition && r.hoverPosition.line}: ${JSON.stringify((r.hover || []).join(' | ').slice(0, 160))}`);
    log(`outline: ${(r.symbols || []).map((s) => `${s.name} (${s.children.length})`).join(', ')}`);
    log(`settings: ${JSON.stringify(r.settingsChange)}; no Java: ${JSON.stringify(r.javaMissing)}`);
    log(`checks: ${JSON.stringify(r.checks)}${r.error ? `; error: ${r.error.split('\n')[0]}` : ''}`);
    if (r.ok && !javaToast) {
      verdict = 'the "no Java" error was not shown as a notification';
    } else if (r.ok) {
      verdict = 'passed';
    } else {
      const failed = Object.entries(r.checks || {}).filter(([, v]) => !v).map(([k]) => k);
      verdict = r.error ? r.error.split('\n')[0] : `check(s) failed: ${failed.join(', ')}`;
    }
  } catch (e) {
    verdict = String(e && e.message ? e.message : e).split('\n')[0];
    if (browser) {
      try {
        const pages = await browser.pages();
        if (pages.length && !fs.existsSync(shot)) await pages[pages.length - 1].screenshot({ path: shot });
      } catch (_) { /* best effort */ }
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server && server.pid) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch (_) { /* already gone */ }
      await sleep(500);
      try { process.kill(-server.pid, 'SIGKILL'); } catch (_) { /* already gone */ }
    }
  }
  log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (verdict === 'passed') {
    console.log('PASS');
    process.exit(0);
  }
  console.log(`FAIL: ${verdict}`);
  process.exit(1);
})();
