// Makes better-sqlite3's native module match the runtime about to use it:
//   node scripts/ensure-native.mjs node      (before tests, CLI, browser mode, benchmarks)
//   node scripts/ensure-native.mjs electron  (before starting the app)
// A rebuild costs minutes, so it only happens when the module cannot load in that runtime.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const target = process.argv[2];
const moduleDir = dirname(require.resolve('better-sqlite3/package.json'));
const marker = join(moduleDir, 'build', 'Release', '.built-for');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function builtFor() {
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';
}

function loadsInNode() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

function rebuild(extraArgs, label) {
  console.log(`better-sqlite3: bygger om för ${label} (tar några minuter)…`);
  execFileSync(npm, ['rebuild', 'better-sqlite3', '--foreground-scripts', ...extraArgs], { stdio: 'inherit', shell: process.platform === 'win32' });
}

if (target === 'node') {
  if (!loadsInNode()) {
    rebuild([], `Node ${process.versions.node}`);
    writeFileSync(marker, 'node\n');
  }
} else if (target === 'electron') {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const wanted = `electron-${electronVersion}`;
  if (builtFor() !== wanted) {
    // Electron's headers come from its own download site, like the Electron binary itself.
    rebuild(['--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], `Electron ${electronVersion}`);
    writeFileSync(marker, `${wanted}\n`);
  }
} else {
  console.error('Användning: node scripts/ensure-native.mjs node|electron');
  process.exit(2);
}
