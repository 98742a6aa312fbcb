/**
 * A workspace is one tenant's world: its clock, its seeded random source and its state. Every API key
 * names exactly one workspace; nothing is shared between workspaces.
 */
import { createClock, type Clock } from './clock.js';
import { createRandom, type Random } from './random.js';
import { createSkProject, type SkProject } from '../domain/sk-contacts/project.js';

export interface Workspace {
  readonly id: string;
  readonly clock: Clock;
  readonly random: Random;
  /** The secret-key Contacts API project of this workspace. */
  readonly project: SkProject;
}

export interface WorkspaceOptions {
  id: string;
  seed: string;
  clock?: Clock;
}

export function createWorkspace(options: WorkspaceOptions): Workspace {
  const random = createRandom(`${options.seed}:${options.id}`);
  return {
    id: options.id,
    clock: options.clock ?? createClock(),
    random,
    project: createSkProject(random.uuid()),
  };
}
