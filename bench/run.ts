// `npm run bench`: prints engine and shell figures as tables. Nothing here passes or fails.
import { benchEngine } from './engine.bench';
import { benchCommands, benchShell } from './shell.bench';

console.log(`DriftLab benchmarks — Node ${process.version}, ${new Date().toISOString()}\n`);
console.log(
  'Shell + core: a session of 8 commands (hostname, ls, cat, ssh, sudo systemctl stop/status/start, exit) on repeat\n',
);
console.log(benchShell());
console.log(
  '\nShell + core: time per command on a 1,000-server fleet (300 runs each, from the same state)\n',
);
console.log(benchCommands());
console.log('\nEngine: drift, health, undo and serialization\n');
console.log(benchEngine());
