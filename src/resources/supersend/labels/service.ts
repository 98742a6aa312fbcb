/**
 * Labels. Names are stored lowercase and unique per team (case-insensitively); delete is soft, and
 * re-creating a deleted name restores it. Contact create attaches labels by name (contact/both only).
 */
import type { World } from '../../world.js';
import type { Label, LabelScope } from '../records.js';
import { conflict, notFound } from '../errors.js';
import { requireTeam } from '../teams/service.js';
import { includesFolded, pageOf, type Page } from '../util.js';
import { beforeChange } from '../../../workspace/writes.js';

export interface LabelInput {
  name?: string;
  color?: string;
  applies_to?: LabelScope;
}

/** Labels visible to a team: its own and the legacy org-wide ones, not deleted. */
function visibleLabels(ws: World, teamId: string): Label[] {
  return [...ws.stores.supersend.labels.values()].filter(l => !l.deleted && (l.team_id === teamId || l.team_id === null));
}

export function listLabels(ws: World, q: { team_id: string; search?: string; limit: number; offset: number }): Page<Label> {
  requireTeam(ws, q.team_id, 'team_id');
  const needle = q.search?.toLowerCase();
  return pageOf(visibleLabels(ws, q.team_id).filter(l => !needle || includesFolded(l.name, needle)), q.offset, q.limit);
}

export function getLabel(ws: World, id: string): Label {
  const label = ws.stores.supersend.labels.get(id);
  if (!label || label.deleted) throw notFound('label');
  return label;
}

/** The team's label of that name: the live one if any (a rename may reuse a deleted label's name), else a deleted one. */
function sameName(ws: World, teamId: string | null, name: string): Label | undefined {
  const folded = name.trim().toLowerCase();
  let deleted: Label | undefined;
  for (const l of ws.stores.supersend.labels.values()) {
    if (l.team_id !== teamId || l.name !== folded) continue;
    if (!l.deleted) return l;
    deleted ??= l;
  }
  return deleted;
}

export function createLabel(ws: World, input: LabelInput & { name: string; color: string; team_id: string | null }): { label: Label; restored: boolean } {
  if (input.team_id) requireTeam(ws, input.team_id, 'team_id');
  const now = ws.clock.isoNow();
  const existing = sameName(ws, input.team_id, input.name);
  if (existing && !existing.deleted) throw conflict('label_already_exists', `A label named "${existing.name}" already exists in this team`, 'name');
  if (existing) {
    Object.assign(beforeChange(existing), { deleted: false, color: input.color, applies_to: input.applies_to ?? existing.applies_to, updated_at: now });
    return { label: existing, restored: true };
  }
  const label: Label = {
    id: ws.random.uuid(),
    name: input.name.trim().toLowerCase(),
    color: input.color,
    team_id: input.team_id,
    applies_to: input.applies_to ?? 'conversation',
    deleted: false,
    created_at: now,
    updated_at: now,
  };
  ws.stores.supersend.labels.set(label.id, label);
  return { label, restored: false };
}

export function updateLabel(ws: World, id: string, input: LabelInput): Label {
  const label = beforeChange(getLabel(ws, id));
  if (input.name !== undefined) {
    const clash = sameName(ws, label.team_id, input.name);
    if (clash && clash.id !== label.id && !clash.deleted) throw conflict('label_already_exists', `A label named "${clash.name}" already exists in this team`, 'name');
    label.name = input.name.trim().toLowerCase();
  }
  if (input.color !== undefined) label.color = input.color;
  if (input.applies_to !== undefined) label.applies_to = input.applies_to;
  label.updated_at = ws.clock.isoNow();
  return label;
}

export function deleteLabel(ws: World, id: string): void {
  const label = beforeChange(getLabel(ws, id));
  label.deleted = true;
  label.updated_at = ws.clock.isoNow();
  // Detach from profiles so a deleted label never shows on a contact.
  for (const p of ws.stores.supersend.profiles.values()) {
    if (p.label_ids.includes(id)) beforeChange(p).label_ids = p.label_ids.filter(l => l !== id);
  }
}

/** Label ids for names given on contact create: case-insensitive, contact/both only, unknown names ignored. */
export function resolveContactLabels(ws: World, teamId: string, names: string[]): string[] {
  const wanted = new Set(names.map(n => n.trim().toLowerCase()));
  return visibleLabels(ws, teamId)
    .filter(l => l.applies_to !== 'conversation' && wanted.has(l.name))
    .map(l => l.id);
}
