// How the server is started: which jar, which java, and whether that java can run it.
// Pure Node (no 'vscode' import), so test/unit/ can run it with `node --test`.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const MIN_JAVA = 17;
const JAR_SETTING = 'newslint.serverPath';
const JAVA_SETTING = 'newslint.java.home';

/** A problem the user must fix; `setting` names the setting that fixes it. */
class LaunchError extends Error {
  constructor(message, setting) {
    super(message);
    this.setting = setting;
  }
}

/** `~`, `${workspaceFolder}` and `${env:NAME}` expanded; relative paths taken from `base` when given. */
function expandPath(p, base) {
  let s = String(p || '').trim();
  if (!s) return '';
  s = s.replace(/\$\{workspaceFolder\}/g, base || '')
    .replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => process.env[name] || '')
    .replace(/\$\{userHome\}/g, os.homedir());
  if (s === '~' || s.startsWith('~/') || s.startsWith('~\\')) s = path.join(os.homedir(), s.slice(1));
  if (!path.isAbsolute(s) && base) s = path.join(base, s);
  return path.normalize(s);
}

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch (_) {
    return false;
  }
}

/**
 * The jar to run: the `newslint.serverPath` setting if set, else the jar bundled in the extension.
 * Throws a LaunchError naming the setting when the file is not there.
 */
function resolveJar(serverPath, bundledJar, base) {
  const configured = expandPath(serverPath, base);
  if (configured) {
    if (isFile(configured)) return configured;
    throw new LaunchError(`newslint: the server jar "${configured}" (setting "${JAR_SETTING}") does not exist. `
      + `Point "${JAR_SETTING}" at newslint.jar (built by \`mvn package\` as target/newslint.jar), or clear it to use the bundled jar.`,
    JAR_SETTING);
  }
  if (isFile(bundledJar)) return bundledJar;
  throw new LaunchError(`newslint: this build of the extension has no bundled server (${bundledJar} is missing). `
    + `Set "${JAR_SETTING}" to the path of newslint.jar (built by \`mvn package\` as target/newslint.jar).`, JAR_SETTING);
}

function javaIn(home) {
  return path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
}

function onPath(name, envPath, exts) {
  for (const dir of String(envPath || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isFile(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * The java executable: `newslint.java.home`, else JAVA_HOME, else `java` on PATH.
 * Returns {java, from}; throws a LaunchError naming `newslint.java.home` when there is none.
 */
function resolveJava(javaHome, env = process.env, base) {
  const configured = expandPath(javaHome, base);
  if (configured) {
    const java = javaIn(configured);
    if (isFile(java)) return { java, from: `setting "${JAVA_SETTING}"` };
    throw new LaunchError(`newslint: no Java found at "${java}" (setting "${JAVA_SETTING}" is "${configured}"). `
      + `Set "${JAVA_SETTING}" to the folder of a Java ${MIN_JAVA}+ installation (the one that holds bin/java), or clear it to use JAVA_HOME or PATH.`,
    JAVA_SETTING);
  }
  if (env.JAVA_HOME && isFile(javaIn(env.JAVA_HOME))) return { java: javaIn(env.JAVA_HOME), from: 'JAVA_HOME' };
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  const java = onPath('java', env.PATH || env.Path, exts);
  if (java) return { java, from: 'PATH' };
  throw new LaunchError(`newslint needs Java ${MIN_JAVA} or newer to run its language server, and none was found `
    + `(no "${JAVA_SETTING}" setting, no JAVA_HOME, no java on PATH). Install Java ${MIN_JAVA}+ `
    + `or set "${JAVA_SETTING}" to the folder of a Java installation.`, JAVA_SETTING);
}

/** Major version from `java -version` output: "17.0.15" → 17, "1.8.0_392" → 8; null if none. */
function parseJavaVersion(text) {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(String(text || ''));
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

/** Runs `java -version`; resolves to the major version or rejects with a LaunchError. */
function checkJava(java, from, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    cp.execFile(java, ['-version'], { timeout: timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
      const version = parseJavaVersion(`${stderr}\n${stdout}`);
      if (err && version === null) {
        reject(new LaunchError(`newslint: cannot run Java "${java}" (from ${from}): ${err.message}. `
          + `Set "${JAVA_SETTING}" to the folder of a working Java ${MIN_JAVA}+ installation.`, JAVA_SETTING));
      } else if (version !== null && version < MIN_JAVA) {
        reject(new LaunchError(`newslint needs Java ${MIN_JAVA} or newer; "${java}" (from ${from}) is Java ${version}. `
          + `Set "${JAVA_SETTING}" to the folder of a Java ${MIN_JAVA}+ installation.`, JAVA_SETTING));
      } else {
        resolve(version);
      }
    });
  });
}

/**
 * The server's configuration section, as the server's SettingsParser reads it:
 * {newslint: {rules: {...}, maxDocumentChars: N, rulesDocumentationUrl: URL}}; absent or unusable values are left out so the
 * server keeps its defaults.
 */
function serverSettings(get) {
  const out = {};
  const rules = get('rules');
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) out.rules = JSON.parse(JSON.stringify(rules));
  const max = get('maxDocumentChars');
  if (Number.isInteger(max) && max > 0) out.maxDocumentChars = max;
  const docs = get('rulesDocumentationUrl');
  if (typeof docs === 'string' && docs.trim() !== '') out.rulesDocumentationUrl = docs.trim();
  return { newslint: out };
}

module.exports = {
  LaunchError, MIN_JAVA, JAR_SETTING, JAVA_SETTING,
  expandPath, resolveJar, resolveJava, parseJavaVersion, checkJava, serverSettings,
};
