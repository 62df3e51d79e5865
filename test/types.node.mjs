// The framework types compile in a small app of each kind (test/types/: React 19, Preact,
// Solid, Vue, Svelte), through the package's own `exports`, with each fixture's wrong uses
// marked @ts-expect-error (so a type that accepts anything fails too). Needs `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the framework types (news-timeline/react, /preact, /solid, /vue, /svelte)', () => {
  it('compile in test/types with tsc --noEmit', async () => {
    const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', 'test/types'], {
      cwd: root,
    }).catch((error) => error);
    assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
  });
});
