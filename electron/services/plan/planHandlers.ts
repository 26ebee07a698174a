import type { Handlers } from '../api/session';
import { passId, passThrough } from '../api/serviceHandlers';
import * as plans from './plans';
import * as areas from './areas';
import * as bodies from './bodies';
import * as actions from './actions';
import * as statusReports from './statusReports';
import * as sources from './sources';
import * as revisions from './revisions';
import { listActionStatus } from './actionStatus';
import { getStatusSummary } from './statusSummary';
import { listBodyActivity } from './bodyActivity';

/** The plan's calls (shared/api/plan.ts). */
export const planHandlers = {
  ...passThrough({
    listPlans: plans.listPlans,
    createPlan: plans.createPlan,
    updatePlan: plans.updatePlan,
    createArea: areas.createArea,
    updateArea: areas.updateArea,
    listBodies: bodies.listBodies,
    createBody: bodies.createBody,
    updateBody: bodies.updateBody,
    listActions: listActionStatus,
    createAction: actions.createAction,
    updateAction: actions.updateAction,
    createStatusReport: statusReports.createStatusReport,
    listSources: sources.listSources,
    createSource: sources.createSource,
    updateSource: sources.updateSource,
    getStatusSummary,
    listBodyActivity,
    createRevision: revisions.createRevision,
    updateRevision: revisions.updateRevision,
    getRevisionStatus: revisions.getRevisionStatus,
  }),
  ...passId({
    getPlan: plans.getPlan,
    deletePlan: plans.deletePlan,
    deleteArea: areas.deleteArea,
    deleteBody: bodies.deleteBody,
    getAction: actions.getAction,
    deleteAction: actions.deleteAction,
    deleteStatusReport: statusReports.deleteStatusReport,
    deleteSource: sources.deleteSource,
    deleteRevision: revisions.deleteRevision,
  }),
  // These services take the one key their list is for.
  listAreas: ({ ctx }, i) => areas.listAreas(ctx, i.planId),
  listStatusReports: ({ ctx }, i) => statusReports.listStatusReports(ctx, i.actionId),
  listRevisions: ({ ctx }, i) => revisions.listRevisions(ctx, i.planId),
} satisfies Partial<Handlers>;
