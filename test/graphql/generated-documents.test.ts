import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { parse as parseYaml } from 'yaml';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

it('the committed typed documents (tests and client) are what codegen.yml generates now (run `npm run codegen` after changing operations or the schema)', async () => {
  const config = parseYaml(await readFile(new URL('codegen.yml', root), 'utf8')) as object;
  const outputs = (await generate({ ...config, cwd: root.pathname, silent: true } as Parameters<typeof generate>[0], false)) as { filename: string; content: string }[];
  expect(outputs.map((o) => o.filename.replace(root.pathname, '')).sort()).toEqual(['client/generated/graphql.ts', 'client/generated/introspection.json', 'client/generated/possible-types.ts', 'test/__generated__/graphql.ts']);
  for (const output of outputs) {
    expect(output.content, output.filename).toBe(await readFile(output.filename, 'utf8'));
  }
}, 60_000);

it('ships possibleTypes with the typed client: every result union and BpmError list their members', async () => {
  const { possibleTypes } = await import('../../client/bpm-client.js');
  expect(possibleTypes.possibleTypes.BpmError).toContain('NotFoundError');
  expect(possibleTypes.possibleTypes.UpdateTaskResult).toEqual(expect.arrayContaining(['UpdateTaskSuccess', 'NotFoundError', 'VendorRequestPreview']));
});
