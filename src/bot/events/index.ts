import type { AnyBotEvent } from '../botEvent.js';
import error from './error.js';
import interactionCreate from './interactionCreate.js';
import ready from './ready.js';
import shardReconnecting from './shardReconnecting.js';
import shardResume from './shardResume.js';

/** Every client event the bot listens to, a file each. */
export const events: readonly AnyBotEvent[] = [
  ready,
  interactionCreate,
  error,
  shardReconnecting,
  shardResume,
];
