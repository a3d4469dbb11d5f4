import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { parse as parseYaml } from 'yaml';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

it('test/__generated__/graphql.ts is what codegen.yml generates now (run `npm run codegen` after changing operations or the schema)', async () => {
  const config = parseYaml(await readFile(new URL('codegen.yml', root), 'utf8')) as object;
  const outputs: unknown = await generate({ ...config, cwd: root.pathname, silent: true } as Parameters<typeof generate>[0], false);
  const [output] = outputs as { filename: string; content: string }[];
  expect(output!.filename).toMatch(/test\/__generated__\/graphql\.ts$/);
  expect(output!.content).toBe(await readFile(new URL('test/__generated__/graphql.ts', root), 'utf8'));
}, 60_000);
