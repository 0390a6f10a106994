import { commands } from './commands.ts';

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;

if (!command) {
  const list = Object.entries(commands)
    .map(([key, c]) => `  ${key.padEnd(12)} ${c.summary}`)
    .join('\n');
  process.stderr.write(`Usage: qiao <command> [options]\n\nCommands:\n${list}\n`);
  process.exit(name ? 2 : 0);
}

try {
  const code = await command.run(args);
  if (typeof code === 'number' && code !== 0) process.exitCode = code;
} catch (error) {
  // Commands report expected failures themselves; anything reaching here is a bug, shown briefly.
  process.stderr.write(`qiao ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  // Whatever the failed command left open (timers, sockets) must not keep the process alive.
  process.exit(1);
}
