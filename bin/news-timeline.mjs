#!/usr/bin/env node
// The command line: `npx news-timeline <command> [options]`. Each command is a module in
// bin/commands/ that exports `run(args, io)` and `usage`; they use the package's built data
// tools (dist/tools.js), the same code the element runs in the browser.
import { commands } from './commands/index.mjs';

const [name, ...args] = process.argv.slice(2);
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };

function help(stream) {
  stream.write('Usage: npx news-timeline <command> [options]\n\nCommands:\n');
  for (const [command, { usage }] of Object.entries(commands)) {
    stream.write(`  ${command.padEnd(8)} ${usage}\n`);
  }
}

if (!name || name === '--help' || name === '-h' || name === 'help') {
  help(process.stdout);
  process.exit(name ? 0 : 1);
}
const command = commands[name];
if (!command) {
  process.stderr.write(`news-timeline: unknown command "${name}".\n\n`);
  help(process.stderr);
  process.exit(2);
}
process.exitCode = await command.run(args, io);
