import {readFile} from 'node:fs/promises';
import {defaultConfig} from './defaults.js';
import {ConfigError, parseConfig} from './parse.js';
import type {DevNodeConfig} from './types.js';

/** The built-in default, a parsed JSON file (path), or an object in the same format. */
export async function loadConfig(source: string | object | undefined): Promise<DevNodeConfig> {
  if (source === undefined) return defaultConfig();
  if (typeof source !== 'string') return parseConfig(source);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${source}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${source} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(json);
}

/** Applies `--simulated N` to every room that has a `simulated` section. */
export function withSimulatedCount(config: DevNodeConfig, count: number): DevNodeConfig {
  if (!config.rooms.some((room) => room.simulated)) {
    throw new ConfigError('--simulated needs at least one room with a "simulated" section');
  }
  return {
    ...config,
    rooms: config.rooms.map((room) => (room.simulated ? {...room, simulated: {...room.simulated, count}} : room)),
  };
}
