import type { CodegenConfig } from '@graphql-codegen/cli';

const clientConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false },
  defaultScalarType: 'unknown',
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  scalars: { DateTimeISO: 'string' },
} as const;

/** The acceptance page's operations (sent with plain fetch, outside Apollo Client). */
const ACCEPTANCE_DOCUMENTS = 'src/routes/invitation/*.graphql';

/**
 * Typed documents from the api's emitted schema (a file, so codegen runs offline). The schema's
 * types are generated once, in src/gql/graphql.ts, with the signed-in app's graphql() documents
 * for Apollo Client. The acceptance page's documents go to src/gql/acceptance.ts: only their
 * operation types (importing the schema types from ./graphql.js, type-only) and the documents
 * as plain strings (documentMode: 'string'), so that small chunk needs neither the map of every
 * document nor graphql's parser or printer.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    'src/gql/acceptance.ts': {
      documents: [ACCEPTANCE_DOCUMENTS],
      plugins: [
        { add: { content: ['/* eslint-disable */', "import type * as Types from './graphql.js';"] } },
        'typescript-operations',
        'typed-document-node',
      ],
      config: { ...clientConfig, namespacedImportName: 'Types', documentMode: 'string' },
    },
  },
};

export default config;
