// Runs before `npm start` and `npm test`: on a fresh clone, install the locked
// dependencies first, so each of the README's two commands works on its own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker)) {
  console.log('cronologia: installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
