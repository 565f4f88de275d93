import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOfInputs, resolveInputs } from './cache-key.ts';

/** A small project: an entry module importing a helper (statically) and a lazy module (dynamically), one package with a dependency, and a data file. */
function makeProject(): string {
  const root = `${mkdtempSync(join(tmpdir(), 'cache-key-'))}/`;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(
    'src/entry.ts',
    "import { helper } from './lib/helper.ts';\nimport type { Shape } from './lib/types.ts';\nexport const run = (shape: Shape) => helper(shape) + import('./lib/lazy.ts');\n",
  );
  write(
    'src/lib/helper.ts',
    "import { format } from 'formatter/sub';\nimport { readFileSync } from 'node:fs';\nexport const helper = (value: unknown) => format(value) + String(readFileSync);\n",
  );
  write('src/lib/lazy.ts', 'export const lazy = 1;\n');
  write('src/lib/types.ts', 'export type Shape = { size: number };\n');
  write(
    'node_modules/formatter/package.json',
    JSON.stringify({ name: 'formatter', version: '1.0.0', dependencies: { engine: '^2' }, optionalDependencies: { 'engine-linux': '^2' } }),
  );
  write('node_modules/engine/package.json', JSON.stringify({ name: 'engine', version: '2.1.0' }));
  write('data/style.csl', '<style/>');
  return root;
}

const INPUTS = { modules: ['src/entry.ts'], files: ['data'], values: ['v1'] };

describe('resolveInputs', () => {
  it('covers the files the entry runs (static and dynamic imports, not type-only ones), the listed files and the installed packages with their dependencies', async () => {
    const root = makeProject();
    expect(await resolveInputs(root, INPUTS)).toEqual({
      files: ['data/style.csl', 'src/entry.ts', 'src/lib/helper.ts', 'src/lib/lazy.ts'],
      packages: { 'node_modules/engine': '2.1.0', 'node_modules/formatter': '1.0.0' },
    });
  });
});

describe('digestOfInputs', () => {
  it('is the same while nothing changes, and changes when an imported module is edited', async () => {
    const root = makeProject();
    const before = await digestOfInputs(root, INPUTS);
    expect(await digestOfInputs(root, INPUTS)).toBe(before);
    writeFileSync(join(root, 'src/lib/lazy.ts'), 'export const lazy = 2;\n');
    expect(await digestOfInputs(root, INPUTS)).not.toBe(before);
  });

  it('changes when an imported module is renamed and its import corrected', async () => {
    const root = makeProject();
    const before = await digestOfInputs(root, INPUTS);
    renameSync(join(root, 'src/lib/helper.ts'), join(root, 'src/lib/helpers.ts'));
    writeFileSync(
      join(root, 'src/entry.ts'),
      "import { helper } from './lib/helpers.ts';\nimport type { Shape } from './lib/types.ts';\nexport const run = (shape: Shape) => helper(shape) + import('./lib/lazy.ts');\n",
    );
    expect(await digestOfInputs(root, INPUTS)).not.toBe(before);
  });

  it('fails naming the importing file, its line and the import when an imported module is gone', async () => {
    const root = makeProject();
    renameSync(join(root, 'src/lib/helper.ts'), join(root, 'src/lib/helpers.ts'));
    await expect(digestOfInputs(root, INPUTS)).rejects.toThrow(/cannot follow the imports of src\/entry\.ts:\n {2}- src\/entry\.ts:1: Could not resolve "\.\/lib\/helper\.ts"/);
  });

  it('fails naming the path when the entry module or a listed file is gone', async () => {
    const root = makeProject();
    rmSync(join(root, 'data'), { recursive: true });
    await expect(digestOfInputs(root, INPUTS)).rejects.toThrow(`cache key: ${join(root, 'data')} is listed as an input but not found.`);
    await expect(digestOfInputs(root, { modules: ['src/gone.ts'] })).rejects.toThrow('cache key: the entry module src/gone.ts does not exist.');
  });

  it('changes when a package or one of its dependencies is upgraded, and fails naming a package that is not installed', async () => {
    const root = makeProject();
    const before = await digestOfInputs(root, INPUTS);
    writeFileSync(join(root, 'node_modules/engine/package.json'), JSON.stringify({ name: 'engine', version: '2.2.0' }));
    expect(await digestOfInputs(root, INPUTS)).not.toBe(before);
    rmSync(join(root, 'node_modules/engine'), { recursive: true });
    await expect(digestOfInputs(root, INPUTS)).rejects.toThrow(
      `cache key: the package "engine" (needed by node_modules/formatter) is not installed in any node_modules folder above ${join(root, 'node_modules/formatter')}. Fix: run npm install.`,
    );
  });

  it('changes with the values', async () => {
    const root = makeProject();
    expect(await digestOfInputs(root, { ...INPUTS, values: ['v2'] })).not.toBe(await digestOfInputs(root, INPUTS));
  });
});
