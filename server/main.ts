// The production server: the built app (dist/) and the class server's sync endpoint from one
// port. `npm run build && npm start`; settings in the environment (README, "Running a class server").
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createClassServer } from './classServer';
import { classServerOptions } from './config';
import { serveStatic } from './serveStatic';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
// STATIC_DIR='' serves the class only (the dev server serves the app itself).
const root = process.env.STATIC_DIR === '' ? undefined : resolve(process.env.STATIC_DIR ?? 'dist');

const classes = createClassServer(classServerOptions());
const http = createServer((req, res) => {
  if (classes.handleRequest(req, res)) return;
  if (root) serveStatic(root, req, res);
  else res.writeHead(404).end();
});
http.on('upgrade', (req, socket, head) => {
  if (!classes.handleUpgrade(req, socket, head)) socket.destroy();
});
http.listen(port, host, () => {
  console.log(`Stack Sandbox with a class server on http://${host}:${port} (pid ${process.pid})`);
});

async function stop() {
  http.close();
  await classes.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
if (process.env.EXIT_WITH_PARENT === '1') {
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}
