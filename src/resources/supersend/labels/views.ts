/** V2 Label objects, and the short label references contacts carry. */
import type { World } from '../../world.js';
import type { Label } from '../records.js';

export function labelView(ws: World, label: Label) {
  const { deleted: _deleted, ...fields } = label;
  return { object: 'label' as const, ...fields, org_id: ws.stores.supersend.org.id };
}

export function labelRefs(ws: World, ids: string[]) {
  return ids
    .map(id => ws.stores.supersend.labels.get(id))
    .filter((l): l is Label => Boolean(l && !l.deleted))
    .map(l => ({ id: l.id, name: l.name, color: l.color }));
}
