// The typecheck and the lint, side by side: each mostly waits on one core, and
// CI has two. Each one's output is printed whole when it ends; either failing fails.
import { spawn } from 'node:child_process';

const check = (name, command, args) => new Promise((resolve) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  child.on('close', (code) => {
    console.log(`> ${name}: ${code === 0 ? 'passed' : `failed (${code})`}`);
    if (output.trim()) console.log(output.trimEnd());
    resolve(code === 0);
  });
});

const results = await Promise.all([check('typecheck', 'npx', ['tsc', '--noEmit']), check('lint', 'npx', ['eslint', '.'])]);
process.exit(results.every(Boolean) ? 0 : 1);
