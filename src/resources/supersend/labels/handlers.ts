/** V2 labels: thin handlers over the service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, message, ok } from '../../../handlers/v2-envelope.js';
import * as labels from './service.js';
import { labelView } from './views.js';

export const labelHandlers = handlerTable({
  listLabels: ({ workspace, request: { query } }) => {
    const page = labels.listLabels(workspace, query);
    return listOf(page.rows.map(l => labelView(workspace, l)), page.total, query.limit, query.offset);
  },
  getLabel: ({ workspace, request }) => ok(labelView(workspace, labels.getLabel(workspace, request.path.id))),
  createLabel: ({ workspace, request }) => created(labelView(workspace, labels.createLabel(workspace, request.body).label)),
  updateLabel: ({ workspace, request }) => ok(labelView(workspace, labels.updateLabel(workspace, request.path.id, request.body))),
  deleteLabel: ({ workspace, request }) => {
    labels.deleteLabel(workspace, request.path.id);
    return message('Label deleted successfully');
  },
});
