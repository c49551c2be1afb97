import type { BuildImageInputs } from './inputs.js';

/**
 * The `python` serving preset: defaults for a model served by a Python script, each kept only if the
 * user did not set it. Convenience, not a requirement of the core.
 */
export function applyPreset(
  inputs: BuildImageInputs,
): BuildImageInputs & { readonly healthcheck?: readonly string[] } {
  if (inputs.preset !== 'python') return inputs;
  const port = inputs.ports[0]?.split('/')[0] ?? '8080';
  const env = [
    `MODEL_DIR=${inputs['model-dir']}`,
    `PORT=${port}`,
    'PYTHONUNBUFFERED=1',
    'PYTHONDONTWRITEBYTECODE=1',
  ];
  const keys = new Set(inputs.env.map((e) => e.split('=', 1)[0]));
  return {
    ...inputs,
    'base-image': inputs['base-image'] ?? 'python:3.12-slim',
    entrypoint: inputs.entrypoint ?? ['python', `${inputs['app-dir']}/serve.py`],
    workdir: inputs.workdir ?? inputs['app-dir'],
    ports: inputs.ports.length ? inputs.ports : [`${port}/tcp`],
    env: [...env.filter((e) => !keys.has(e.split('=', 1)[0])), ...inputs.env],
    // Docker's HEALTHCHECK in exec form: python's stdlib only, no curl needed in a slim base.
    healthcheck: [
      'CMD',
      'python',
      '-c',
      "import os,urllib.request;urllib.request.urlopen('http://127.0.0.1:'+os.environ.get('PORT','8080')+'/healthz',timeout=3)",
    ],
  };
}
