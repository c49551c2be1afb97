// GET /user: who a token is. A user token (addUser) answers with its user; GITHUB_TOKEN, an
// installation token, is refused as on github.com ("Resource not accessible by integration").
import type { FakeApp } from './app.js';
import { githubError, json } from './http.js';
import { fill, simpleUser } from './shapes.js';

export function userRoutes(app: FakeApp): void {
  app.router.add('rest', 'GET', '/user', (req) => {
    if (!req.user) return githubError(403, 'Resource not accessible by integration');
    const login = req.user;
    return json(
      200,
      fill(app.shapes, 'public-user', {
        ...simpleUser(app.shapes, login),
        name: null,
        company: null,
        blog: null,
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: app.shapes.now(),
        updated_at: app.shapes.now(),
      }),
    );
  });
}
