// The commands of `npx news-timeline`, by name. Each module exports `usage` (one line) and
// `run(args, io) → Promise<number>` (the exit code), writing to `io.stdout` and `io.stderr`.
import * as embed from './embed.mjs';
import * as html from './html.mjs';
import * as importCommand from './import.mjs';

export const commands = { embed, html, import: importCommand };
