// End-to-end self-test through VS Code's public API (used by test/run-vscode-test.sh): opens the
// article, waits for newslint's diagnostics in VS Code's diagnostics model, asks every hover
// provider about a name and every document-symbol provider for the outline, then leaves the
// Problems panel, the Outline view and the hover on screen for a screenshot and writes a JSON
// report. Run by the hidden command `newslint.selfTest` or, at activation, when
// NEWSLINT_SELFTEST_OUT is set.
// Env: NEWSLINT_SELFTEST_FILE (document), NEWSLINT_SELFTEST_WORD (word to hover, default
// "Dunmore"), NEWSLINT_SELFTEST_NAME (expected full name, default "Rachel Dunmore"), and
// NEWSLINT_SELFTEST_CONFIG=1 to also check the settings path: the user settings must set
// "newslint.rules": {"vague-source": "error"} (checked on the first diagnostics, i.e. via
// initializationOptions); then "unattributed-claim" is switched off and on again (the
// workspace/didChangeConfiguration path), and "newslint.java.home" is pointed at a folder with no
// Java (the error message; while it is shown, the file <report>.java-missing exists until the
// driver deletes it or 15 s pass) and restored (the server restarts). User settings are put back.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(fn, ms) {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v || Date.now() > end) return v;
    await sleep(100);
  }
}

function hoverText(h) {
  return h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

function symbolTree(s) {
  return {
    name: s.name,
    kind: vscode.SymbolKind[s.kind],
    detail: s.detail,
    line: (s.range || s.location.range).start.line + 1,
    children: (s.children || []).map(symbolTree),
  };
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newslint');
const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);

async function checkSettings(r, uri, state) {
  const cfg = () => vscode.workspace.getConfiguration('newslint');
  const global = vscode.ConfigurationTarget.Global;
  const original = cfg().inspect('rules').globalValue;
  const originalJava = cfg().inspect('java.home').globalValue;
  try {
    // (d) the initial settings reached the server (initializationOptions)
    const vague = ours(uri).filter((d) => codeOf(d) === 'vague-source');
    r.checks.settingsAtStart = vague.length > 0 && vague.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
    // (e) a change reaches it too (workspace/didChangeConfiguration) and is undone
    await cfg().update('rules', { ...(original || {}), 'unattributed-claim': 'off' }, global);
    const gone = await waitFor(() => {
      const d = ours(uri);
      return d.length && !d.some((x) => codeOf(x) === 'unattributed-claim') ? d : null;
    }, 20000);
    await cfg().update('rules', original, global);
    const back = await waitFor(() => ours(uri).some((x) => codeOf(x) === 'unattributed-claim'), 20000);
    r.settingsChange = { withRuleOff: gone ? gone.length : null, restored: back };
    r.checks.settingsChange = Boolean(gone) && back;
    // (f) no Java where newslint.java.home points: a clear error; restoring it restarts the server
    const nowhere = path.join(path.dirname(r.document), '.no-java-here');
    await cfg().update('java.home', nowhere, global);
    const message = await waitFor(() => {
      const s = state();
      return !s.client && s.lastError && s.lastError.includes('newslint.java.home') ? s.lastError : null;
    }, 20000);
    r.javaMissing = { message: message || state().lastError || null };
    if (message) {
      const flag = `${r.out}.java-missing`;
      fs.writeFileSync(flag, message);
      await waitFor(() => !fs.existsSync(flag), 15000);
      fs.rmSync(flag, { force: true });
    }
    await cfg().update('java.home', originalJava, global);
    const restarted = await waitFor(() => state().client && ours(uri).length > 0, 60000);
    r.javaMissing.restartedAfterFix = Boolean(restarted);
    r.checks.javaMissing = Boolean(message) && Boolean(restarted);
    await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
  } finally {
    if (cfg().inspect('rules').globalValue !== original) await cfg().update('rules', original, global);
    if (cfg().inspect('java.home').globalValue !== originalJava) await cfg().update('java.home', originalJava, global);
  }
}

async function run({ state, out, file, log }) {
  const t0 = Date.now();
  const word = process.env.NEWSLINT_SELFTEST_WORD || 'Dunmore';
  const name = process.env.NEWSLINT_SELFTEST_NAME || 'Rachel Dunmore';
  const r = { vscodeVersion: vscode.version, appName: vscode.env.appName, ok: false, checks: {}, out };
  try {
    const { client, lastError } = state();
    if (!client) throw new Error(`the language server is not running: ${lastError || 'unknown reason'}`);
    const info = client.initializeResult && client.initializeResult.serverInfo;
    r.server = info ? `${info.name} ${info.version || ''}`.trim() : null;
    const editor0 = vscode.window.activeTextEditor;
    const uri = file ? vscode.Uri.file(path.resolve(file)) : editor0 && editor0.document.uri;
    if (!uri) throw new Error('no document: set NEWSLINT_SELFTEST_FILE or open one');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    r.document = uri.fsPath;
    r.languageId = doc.languageId;

    // (a) diagnostics published by the server, as the Problems panel has them
    const diags = await waitFor(() => { const d = ours(uri); return d.length ? d : null; }, 60000) || [];
    r.msToDiagnostics = Date.now() - t0;
    r.diagnostics = diags.map((d) => ({
      line: d.range.start.line + 1,
      character: d.range.start.character + 1,
      severity: vscode.DiagnosticSeverity[d.severity],
      code: codeOf(d),
      source: d.source,
      message: d.message,
    }));
    r.checks.diagnostics = diags.length > 0;

    // (b) hover on the name, through every registered hover provider
    const offset = doc.getText().indexOf(word);
    if (offset < 0) throw new Error(`"${word}" is not in ${uri.fsPath}`);
    const pos = doc.positionAt(offset + 1);
    r.hoverPosition = { line: pos.line + 1, character: pos.character + 1 };
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos) || [];
    r.hover = hovers.map(hoverText);
    r.checks.hover = r.hover.some((t) => t.includes(name));

    // (c) the outline: the speaker with their quotes under them
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri) || [];
    r.symbols = symbols.map(symbolTree);
    const speaker = r.symbols.find((s) => s.name === name && s.children.some((c) => c.kind === 'String'));
    r.checks.outline = Boolean(speaker);
    if (speaker) r.speakerQuotes = speaker.children.map((c) => c.name);

    if (process.env.NEWSLINT_SELFTEST_CONFIG === '1') await checkSettings(r, uri, state);

    // leave the evidence on screen: Problems panel, Outline, and the hover over the name
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('outline.focus').then(undefined, () => undefined);
    const shown = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    shown.selection = new vscode.Selection(pos, pos);
    shown.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await sleep(500);
    await vscode.commands.executeCommand('editor.action.showHover');
    const expected = process.env.NEWSLINT_SELFTEST_CONFIG === '1' ? 6 : 3;
    r.ok = Object.keys(r.checks).length === expected && Object.values(r.checks).every(Boolean);
  } catch (e) {
    r.error = String((e && e.stack) || e);
  }
  r.ms = Date.now() - t0;
  if (log) log.info(`self-test: ${r.ok ? 'passed' : 'failed'} (${JSON.stringify(r.checks)}) -> ${out}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.tmp`, JSON.stringify(r, null, 1));
  fs.renameSync(`${out}.tmp`, out);  // the test driver polls for the file: never let it see half of it
  return r;
}

module.exports = { run };
