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
 * Typed documents from the api's emitted schema (a file, so codegen runs offline). Two outputs:
 * the signed-in app's graphql() documents for Apollo Client, and the acceptance page's documents
 * as plain strings (documentMode: 'string'), so that small chunk needs neither the map of every
 * document nor graphql's printer.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/gql/**/*', '!src/**/*.test.{ts,tsx}'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    'src/routes/invitation/gql/': {
      documents: [ACCEPTANCE_DOCUMENTS],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { ...clientConfig, documentMode: 'string' },
    },
  },
};

export default config;
