#!/usr/bin/env node
// The committed CLI bundle (dist/cli), so `npx mlci` works from a clone without a build step.
import '../dist/cli/index.js';
