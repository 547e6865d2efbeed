import { resolve } from 'node:path';
import { LIVE_LIMITS } from '../src/live/protocol';
import type { ClassServerOptions } from './classServer';

/** A whole number from the environment, or the default when unset or not a number. */
function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const n = Number(env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** `redis://host:port` → host and port. */
export function readRedisUrl(url: string | undefined) {
  if (!url) return undefined;
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 6379) };
}

/**
 * The class server's settings, all from the environment (see the README):
 * DATA_DIR (SQLite lives in DATA_DIR/classes.sqlite), REDIS_URL, MAX_STUDENTS, MAX_CLASSES,
 * RETAIN_DAYS.
 */
export function classServerOptions(env: NodeJS.ProcessEnv = process.env): ClassServerOptions {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  return {
    database: resolve(dataDir, 'classes.sqlite'),
    redis: readRedisUrl(env.REDIS_URL),
    maxStudents: int(env, 'MAX_STUDENTS', LIVE_LIMITS.studentsPerClass),
    maxClasses: int(env, 'MAX_CLASSES', LIVE_LIMITS.classesPerServer),
    retainDays: int(env, 'RETAIN_DAYS', LIVE_LIMITS.retainDays),
  };
}
