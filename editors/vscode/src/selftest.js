// End-to-end self-test through VS Code's public API (used by test/run-vscode-test.sh): opens the
// article, waits for newslint's diagnostics in VS Code's diagnostics model, asks every hover
// provider about a name and every document-symbol provider for the outline, then leaves the
// Problems panel, the Outline view and the hover on screen for a screenshot and writes a JSON
// report. Run by the hidden command `newslint.selfTest` or, at activation, when
// NEWSLINT_SELFTEST_OUT is set. Env: NEWSLINT_SELFTEST_FILE (document), NEWSLINT_SELFTEST_WORD
// (word to hover, default "Dunmore"), NEWSLINT_SELFTEST_NAME (expected full name, default
// "Rachel Dunmore").
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
    line: (s.range || s.location.range).start.line,
    children: (s.children || []).map(symbolTree),
  };
}

async function run({ client, lastError, out, file, log }) {
  const t0 = Date.now();
  const word = process.env.NEWSLINT_SELFTEST_WORD || 'Dunmore';
  const name = process.env.NEWSLINT_SELFTEST_NAME || 'Rachel Dunmore';
  const r = { vscodeVersion: vscode.version, appName: vscode.env.appName, ok: false, checks: {} };
  try {
    if (!client) throw new Error(`the language server is not running: ${lastError || 'unknown reason'}`);
    const info = client.initializeResult && client.initializeResult.serverInfo;
    r.server = info ? `${info.name} ${info.version || ''}`.trim() : null;
    const editor0 = vscode.window.activeTextEditor;
    const uri = file ? vscode.Uri.file(path.resolve(file)) : editor0 && editor0.document.uri;
    if (!uri) throw new Error('no document: set NEWSLINT_SELFTEST_FILE or open one');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    r.document = uri.fsPath;
    r.languageId = doc.languageId;

    // (a) diagnostics published by the server, as the Problems panel has them
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'newslint');
      return d.length ? d : null;
    }, 60000) || [];
    r.msToDiagnostics = Date.now() - t0;
    r.diagnostics = diags.map((d) => ({
      line: d.range.start.line + 1,
      character: d.range.start.character + 1,
      severity: vscode.DiagnosticSeverity[d.severity],
      code: typeof d.code === 'object' && d.code ? d.code.value : d.code,
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

    // leave the evidence on screen: Problems panel, Outline, and the hover over the name
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('outline.focus').then(undefined, () => undefined);
    await vscode.window.showTextDocument(doc, { preserveFocus: false });
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.showHover');
    r.ok = Object.values(r.checks).every(Boolean) && Object.keys(r.checks).length === 3;
  } catch (e) {
    r.error = String((e && e.stack) || e);
  }
  r.ms = Date.now() - t0;
  if (log) log.appendLine(`self-test: ${r.ok ? 'passed' : 'failed'} (${JSON.stringify(r.checks)}) -> ${out}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.tmp`, JSON.stringify(r, null, 1));
  fs.renameSync(`${out}.tmp`, out);  // the test driver polls for the file: never let it see half of it
  return r;
}

module.exports = { run };
