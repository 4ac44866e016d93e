// `npm start`: compile the documents, then serve the app, even when the
// compiler reports errors. The compiler never overwrites the last good
// timeline.json with a failed build, so the dev server then shows that one (or
// the app's "no timeline" screen on a first run) while the errors stay on the
// console above it for the editor to fix.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const compile = spawnSync(npm, ['run', '--silent', 'compile'], { stdio: 'inherit' });
if (compile.status !== 0) {
  const kept = existsSync('public/timeline.json');
  console.error(
    `\ncronologia: the compiler reported errors (see above); ${
      kept ? 'serving the last timeline that compiled' : 'no timeline has compiled yet, so the app will say so'
    }. Fix them and run npm start again, or keep \`npm run compile -- --watch\` running.\n`,
  );
}
const vite = spawn(npm, ['exec', '--', 'vite'], { stdio: 'inherit' });
vite.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
