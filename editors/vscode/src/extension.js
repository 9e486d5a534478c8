// newslint for VS Code: starts `java -jar newslint.jar` (bundled or configured) as an LSP server
// over stdio for plain-text and Markdown documents, and passes the newslint.* settings on.
'use strict';
const vscode = require('vscode');
const {
  LanguageClient, TransportKind, DidChangeConfigurationNotification,
} = require('vscode-languageclient/node');
const launch = require('./launch');
const selfTest = require('./selftest');

const SELECTOR = ['file', 'untitled'].flatMap((scheme) =>
  ['plaintext', 'markdown'].map((language) => ({ scheme, language })));
// the settings that the server reads; the others (serverPath, java.home) restart it, and
// trace.server is read by vscode-languageclient itself (client id "newslint")
const SERVER_SECTIONS = ['newslint.rules', 'newslint.maxDocumentChars', 'newslint.rulesDocumentationUrl'];
const RESTART_SECTIONS = ['newslint.serverPath', 'newslint.java.home'];

let context;
let output;
let traceOutput;
let client;        // the running LanguageClient, if any
let lastError;     // the last launch problem shown to the user (for the self-test report)
let pending = Promise.resolve();  // start/stop run one at a time

function workspaceBase() {
  const f = vscode.workspace.workspaceFolders;
  return f && f.length ? f[0].uri.fsPath : undefined;
}

function settingsForServer() {
  const cfg = vscode.workspace.getConfiguration('newslint');
  return launch.serverSettings((key) => cfg.get(key));
}

// vscode-languageclient 10+ traces the LSP traffic only while its trace channel's log level is
// Trace, which no API can set. This channel's level follows the newslint.trace.server setting
// instead, so the setting works as the settings page says: off, messages or verbose.
function createTraceChannel() {
  const channel = vscode.window.createOutputChannel('newslint (LSP trace)');
  const changed = new vscode.EventEmitter();
  const level = () => (vscode.workspace.getConfiguration('newslint').get('trace.server', 'off') === 'off'
    ? vscode.LogLevel.Info : vscode.LogLevel.Trace);
  const write = (tag) => (message, ...args) => channel.appendLine(`[${new Date().toISOString()}] ${tag}${
    message instanceof Error ? message.stack || message.message : message}${args.length ? ` ${args.map(String).join(' ')}` : ''}`);
  const watcher = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('newslint.trace.server')) changed.fire(level());
  });
  return {
    name: channel.name,
    get logLevel() { return level(); },
    onDidChangeLogLevel: changed.event,
    trace: (message) => channel.appendLine(message),
    debug: write(''),
    info: write(''),
    warn: write('warning: '),
    error: write('error: '),
    append: (v) => channel.append(v),
    appendLine: (v) => channel.appendLine(v),
    replace: (v) => channel.replace(v),
    clear: () => channel.clear(),
    show: (...a) => channel.show(...a),
    hide: () => channel.hide(),
    dispose: () => { watcher.dispose(); changed.dispose(); channel.dispose(); },
  };
}

function showProblem(message, setting) {
  lastError = message;
  output.error(message);
  const actions = setting ? ['Open Settings', 'Show Output'] : ['Show Output'];
  vscode.window.showErrorMessage(message, ...actions).then((choice) => {
    if (choice === 'Open Settings') vscode.commands.executeCommand('workbench.action.openSettings', setting);
    else if (choice === 'Show Output') output.show(true);
  });
}

async function start() {
  const cfg = vscode.workspace.getConfiguration('newslint');
  const base = workspaceBase();
  let jar;
  let java;
  try {
    jar = launch.resolveJar(cfg.get('serverPath'), context.asAbsolutePath('server/newslint.jar'), base);
    const found = launch.resolveJava(cfg.get('java.home'), process.env, base);
    const version = await launch.checkJava(found.java, found.from);
    java = found.java;
    output.info(`Java ${version === null ? '(version unknown)' : version} from ${found.from}: ${java}`);
  } catch (e) {
    showProblem(e.message, e.setting);
    return;
  }
  // a small heap and the serial collector keep the server near 200 MB resident (README, "Memory and JVM options");
  // JVM warnings go to stderr, never into the protocol on stdout; a class-data-sharing archive next to the jar
  // (newslint.jsa, dumped by the build with its JDK) makes start-up faster
  const args = ['-Xmx160m', '-Xmn24m', '-XX:+UseSerialGC', '-Xlog:disable', '-Xlog:all=warning:stderr'];
  const archive = jar.replace(/\.jar$/, '') + '.jsa';
  if (require('fs').existsSync(archive)) {
    args.push(`-XX:SharedArchiveFile=${archive}`);
  }
  args.push('-jar', jar);
  output.info(`starting: ${java} ${args.join(' ')}`);
  const serverOptions = { command: java, args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: SELECTOR,
    initializationOptions: settingsForServer(),
    // the client watches these sections and sends workspace/didChangeConfiguration (also once
    // after start); the middleware sends the same cleaned-up object as initializationOptions
    synchronize: { configurationSection: SERVER_SECTIONS },
    middleware: {
      workspace: {
        didChangeConfiguration: async () => {
          if (client) {
            await client.sendNotification(DidChangeConfigurationNotification.type, { settings: settingsForServer() });
          }
        },
      },
    },
    outputChannel: output,
    traceOutputChannel: traceOutput,
    diagnosticCollectionName: 'newslint',
  };
  const c = new LanguageClient('newslint', 'newslint', serverOptions, clientOptions);
  client = c;
  try {
    await c.start();
    lastError = undefined;
    const info = c.initializeResult && c.initializeResult.serverInfo;
    output.info(`server started: ${info ? `${info.name} ${info.version || ''}` : 'newslint'}`);
  } catch (e) {
    if (client === c) client = undefined;
    showProblem(`newslint: the language server did not start (${java} -jar ${jar}): ${e && e.message ? e.message : e}`,
      launch.JAR_SETTING);
  }
}

async function stop() {
  const c = client;
  client = undefined;
  if (c) {
    try {
      await c.stop(5000);
    } catch (e) {
      output.warn(`stopping the server: ${e && e.message ? e.message : e}`);
    }
  }
}

/** What the self-test sees: the running client (after any restart) and the last launch problem. */
function state() {
  return { client, lastError, idle: pending };
}

function serialised(fn) {
  pending = pending.then(fn, fn);
  return pending;
}

function restart() {
  return serialised(async () => {
    await stop();
    await start();
  });
}

exports.activate = async function activate(ctx) {
  context = ctx;
  // a log channel: vscode-languageclient 10+ writes its own messages with .info()/.error()
  output = vscode.window.createOutputChannel('newslint', { log: true });
  traceOutput = createTraceChannel();
  ctx.subscriptions.push(output, traceOutput,
    vscode.commands.registerCommand('newslint.restartServer', restart),
    vscode.commands.registerCommand('newslint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newslint.selfTest', async (outFile, file) => {
      const out = outFile || process.env.NEWSLINT_SELFTEST_OUT;
      if (!out) throw new Error('newslint.selfTest needs an output file (argument or NEWSLINT_SELFTEST_OUT)');
      await pending;
      return selfTest.run({ state, out, file: file || process.env.NEWSLINT_SELFTEST_FILE, log: output });
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (RESTART_SECTIONS.some((s) => e.affectsConfiguration(s))) {
        output.info('server path or Java changed: restarting the server');
        restart();
      }
    }));
  await serialised(start);
  // Headless test hook: when the environment names a report file, check the running
  // extension end to end through VS Code's own APIs and write the result there.
  if (process.env.NEWSLINT_SELFTEST_OUT) {
    selfTest.run({ state, out: process.env.NEWSLINT_SELFTEST_OUT, file: process.env.NEWSLINT_SELFTEST_FILE, log: output });
  }
};

exports.deactivate = function deactivate() {
  return stop();
};
