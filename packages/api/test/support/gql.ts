export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export type Variables = Record<string, unknown>;

/** A GraphQL-over-HTTP client, signed in with a bearer token or anonymous. */
export class Client {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async raw<T>(query: string, variables: Variables = {}, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { status: response.status, headers: response.headers, body };
  }

  async request<T>(query: string, variables: Variables = {}): Promise<GraphQLResponse<T>> {
    return (await this.raw<T>(query, variables)).body;
  }

  /** The data, failing the test with the errors when there are any. */
  async data<T>(query: string, variables: Variables = {}): Promise<T> {
    const { data, errors } = await this.request<T>(query, variables);
    if (errors?.length || !data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(errors ?? 'no data')}`);
    }
    return data;
  }

  /** The first error's code, failing the test when the operation succeeded. */
  async errorCode(query: string, variables: Variables = {}): Promise<string | undefined> {
    return (await this.error(query, variables)).extensions?.code;
  }

  async error(query: string, variables: Variables = {}): Promise<GraphQLErrorShape> {
    const { errors } = await this.request<unknown>(query, variables);
    const first = errors?.[0];
    if (!first) throw new Error(`expected an error from ${query.trim().slice(0, 80)}…`);
    return first;
  }
}
