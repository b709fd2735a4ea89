import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export type Response = LightMyRequestResponse;

/** A browser-like caller: keeps cookies, fetches a CSRF token and sends it on every write. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  private remember(response: Response) {
    for (const c of response.cookies) {
      if (c.maxAge === 0 || c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** `headers` and a string `body` let a test send raw bytes; `remoteAddress` lets it be many clients for per-address limits. */
  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string>; remoteAddress?: string } = {},
  ): Promise<Response> {
    const write = method !== 'GET';
    if (write && options.csrf !== false && !this.csrf) {
      const res = await this.request('GET', '/api/auth/csrf');
      this.csrf = res.json<{ token: string }>().token;
    }
    const headers: Record<string, string> = { ...options.headers };
    if (write && options.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers,
      cookies: Object.fromEntries(this.cookies),
      ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
      ...(body === undefined ? {} : { payload: body as object }),
    });
    this.remember(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.post('/api/auth/sign-in', { email, password });
    if (response.statusCode !== 200)
      throw new Error(`sign-in failed for ${email}: ${response.statusCode} ${response.body}`);
    return response;
  }

  hasCookie(name: string) {
    return this.cookies.has(name);
  }
}

/** One signed-in client per person, made on first use: for tests that act as many people in turn. */
export function signedInClients(
  app: FastifyInstance,
  password: string,
): (person: { id: string; email: string }) => Promise<TestClient> {
  // The sign-in itself is kept, so two calls at once for one person sign them in once.
  const clients = new Map<string, Promise<TestClient>>();
  return (person) => {
    if (!clients.has(person.id)) {
      const client = new TestClient(app);
      clients.set(
        person.id,
        client.signIn(person.email, password).then(() => client),
      );
    }
    return clients.get(person.id)!;
  };
}
