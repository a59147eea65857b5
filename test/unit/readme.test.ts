import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const ci = readFileSync(join(root, '.ci/run'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('README', () => {
  const blocks = [...readme.matchAll(/```sh\n([^`]+?)\n```/g)].map((m) => m[1]!.trim());

  it('opens with exactly two copy-paste lines: start and test', () => {
    expect(blocks.slice(0, 2)).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('CI runs the README test command as written', () => {
    expect(ci).toContain(`\n${blocks[1]}\n`);
  });

  it('npm test runs types, lint, unit and e2e', () => {
    expect(pkg.scripts.test).toMatch(/typecheck.*lint.*test:unit.*test:e2e.*test:firefox/);
    for (const script of ['start', 'build', 'zip', 'bench'])
      expect(pkg.scripts[script], script).toBeTruthy();
  });
});
