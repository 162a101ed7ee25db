// `npm start`: build when the build is missing or older than the sources (or SITE_URL changed), then
// serve the production site in the foreground until killed.
import { join } from 'node:path';
import { build, root } from './build.mjs';
import { readServerLimits } from './limits.ts';
import { serve } from './serve.mjs';
import { logDeliveryProblems } from '../lib/health.ts';

if (!build()) process.exit(1);
logDeliveryProblems(); // once, before taking requests (the same problems GET /healthz reports)

await serve({
  distDir: join(root, 'dist'),
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 4321),
  siteUrl: process.env.SITE_URL || 'http://127.0.0.1:4321',
  limits: readServerLimits(),
});
