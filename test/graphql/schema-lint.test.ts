import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

it("the committed schema passes graphql-eslint's schema-recommended rules, every element described (eslint.config.mjs)", async () => {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles(['schema/schema.graphql']);
  expect(result!.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`)).toEqual([]);
}, 60_000);

it('the lint is not vacuous: an undescribed field and a type without id are caught', async () => {
  const eslint = new ESLint({ cwd: root });
  const sdl = '"""A thing."""\ntype Thing {\n  name: String\n}\n"""Reads."""\ntype Query {\n  """All."""\n  things: [Thing!]!\n}\n';
  const [result] = await eslint.lintText(sdl, { filePath: 'schema/schema.graphql' });
  expect(result!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['@graphql-eslint/require-description', '@graphql-eslint/strict-id-in-types']));
}, 60_000);
