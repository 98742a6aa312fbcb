/** V2 placement tests: thin handlers over the service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, ok } from '../../../handlers/v2-envelope.js';
import { createPlacementTest, getPlacementTest, listPlacementTests } from './service.js';
import { placementSummaryView, placementTestCreatedView, placementTestDetailView, placementTestView } from './views.js';

export const placementTestHandlers = handlerTable({
  listPlacementTests: ({ workspace, request: { query } }) => {
    const page = listPlacementTests(workspace, query);
    const answer = listOf(page.rows.map(r => placementTestView(workspace, r)), page.total, query.limit, query.offset);
    if (query.include_summary === false) return answer;
    return { ...answer, body: Object.assign({}, answer.body, { summary: placementSummaryView(page.summary) }) };
  },
  getPlacementTest: ({ workspace, request }) => ok(placementTestDetailView(workspace, getPlacementTest(workspace, request.path.id))),
  createPlacementTest: ({ workspace, request }) => created(placementTestCreatedView(workspace, createPlacementTest(workspace, request.body))),
});
