import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/build-gateway-schema.js';
import { callMutationsDirectly } from '../../src/graphql/direct-mutation-resolvers.js';
import { MutationResolver } from '../../src/graphql/resolvers/mutation-resolver.js';

describe('mutation fields call their resolver methods directly', () => {
  it('takes every mutation MutationResolver declares (and no other resolver\'s, such as cancelJob)', async () => {
    const schema = await buildGatewaySchema();
    const declared = getMetadataStorage().mutations.filter((m) => m.target === MutationResolver).map((m) => m.methodName);
    expect(declared.length).toBe(7);
    expect(callMutationsDirectly(schema).sort()).toEqual([...declared].sort());
  });

  it('passes the input as graphql-js coerced it: every input class is plain data, so an instance of it would hold nothing more', async () => {
    await buildGatewaySchema();
    const inputs = getMetadataStorage().inputTypes;
    expect(inputs.length).toBeGreaterThan(10);
    for (const { target } of inputs) {
      const instance = new (target as new () => object)();
      // No field initialiser: an instance's fields are all undefined until a value is copied in.
      expect(Object.entries(instance).filter(([, v]) => v !== undefined), target.name).toEqual([]);
      // No method, getter or setter anywhere up the chain: nothing a plain object would lack.
      for (let proto = Object.getPrototypeOf(instance); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
        expect(Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor'), target.name).toEqual([]);
      }
    }
  });
});
