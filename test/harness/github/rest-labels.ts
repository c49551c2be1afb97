// Repository labels: get one by name, create one (422 already_exists when it is there, as GitHub answers).
import { type FakeApp, repoOf } from './app.js';
import { bodyOf, json, notFound, validationFailed } from './http.js';
import { nodeId } from './shapes.js';

interface LabelRecord {
  readonly id: number;
  readonly repo: string;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
}

export function labelRoutes(app: FakeApp): void {
  const labels: LabelRecord[] = [];
  const render = (label: LabelRecord) => ({
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${app.base}/repos/${label.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  });
  const find = (repo: string, name: string) =>
    labels.find((l) => l.repo === repo && l.name.toLowerCase() === name.toLowerCase());
  app.router.add('rest', 'GET', '/repos/{owner}/{repo}/labels/{name}', (req) => {
    const label = find(repoOf(req), decodeURIComponent(req.params.name!));
    return label ? json(200, render(label)) : notFound();
  });
  app.router.add('rest', 'POST', '/repos/{owner}/{repo}/labels', (req) => {
    const body = bodyOf(req);
    const name = String(body.name);
    if (find(repoOf(req), name)) return validationFailed('Validation Failed', ['already_exists']);
    const label: LabelRecord = {
      id: app.state.nextId(),
      repo: repoOf(req),
      name,
      color: typeof body.color === 'string' ? body.color : 'ededed',
      description: typeof body.description === 'string' ? body.description : null,
    };
    labels.push(label);
    return json(201, render(label));
  });
}
