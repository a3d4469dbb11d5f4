// graphql-eslint over the committed schema: its schema-recommended rules, descriptions required
// on every type, field, argument and enum value, and the exceptions the README explains.
import graphql from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['schema/schema.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': ['error', {
        types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true,
      }],
      // Only objects with an identity have an id (Node). Results, errors, connection parts and
      // value objects are embedded in their parent; a made-up id would make caches worse.
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'],
        acceptedIdTypes: ['ID'],
        exceptions: {
          suffixes: ['Error', 'Success', 'Connection', 'Edge', 'Preview'],
          types: ['PageInfo', 'BulkJobItem', 'BulkJobStarted', 'DataField', 'ExecutionNode', 'HttpHeader', 'InstanceProperty', 'NotMovedInstance', 'TaskAction', 'Variable', 'VendorRequest'],
        },
      }],
    },
  },
];
