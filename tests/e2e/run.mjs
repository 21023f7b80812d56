// Runs every spec, one at a time. A spec file that fails is run once more on its own, and the run
// fails only if it fails again: under load the window's web process now and then crashes or
// hangs ("session deleted because of page crash or hang"), which a second run tells apart from a
// failure of the app, which fails both times. Every second run is named in the output.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (files) =>
  spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });

const specs = readdirSync('specs')
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => `specs/${name}`);
const first = run(specs);
process.stdout.write(first.stdout);
if (first.status === 0) process.exit(0);

const failed = [...new Set([...first.stdout.matchAll(/location: '[^']*\/(specs\/[^/':]+\.test\.mjs)/g)].map((m) => m[1]))];
if (failed.length === 0) {
  console.log('e2e: the run failed and named no spec file to run again');
  process.exit(1);
}
let status = 0;
for (const file of failed) {
  console.log(`e2e: ${file} failed; running it once more on its own`);
  const again = run([file]);
  process.stdout.write(again.stdout);
  console.log(`e2e: ${file} ${again.status === 0 ? 'passed on its second run (flaky: see its first run above)' : 'failed again'}`);
  if (again.status !== 0) status = 1;
}
process.exit(status);
