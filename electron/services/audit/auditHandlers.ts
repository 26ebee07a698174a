import type { Handlers } from '../api/session';
import { passId, passThrough } from '../api/serviceHandlers';
import * as audits from './audits';
import * as questions from './auditQuestions';
import * as recommendations from './recommendations';
import { createActionFromRecommendation } from './actionFromRecommendation';
import { listRecommendationsDue } from './recommendationsDue';
import { checkAuditResponse, exportAuditResponse } from './exportResponse';
import { getAuditResponse, saveAuditResponse } from './responseDrafts';

/** Granskningar, their recommendations and the nämnder's svar (shared/api/audit.ts). */
export const auditHandlers = {
  ...passThrough({
    listAudits: audits.listAudits,
    createAudit: audits.createAudit,
    updateAudit: audits.updateAudit,
    createAuditQuestion: questions.createAuditQuestion,
    updateAuditQuestion: questions.updateAuditQuestion,
    createRecommendation: recommendations.createRecommendation,
    updateRecommendation: recommendations.updateRecommendation,
    updateRecommendationResponse: recommendations.updateRecommendationResponse,
    listRecommendationFollowups: recommendations.listRecommendationFollowups,
    createRecommendationFollowup: recommendations.createRecommendationFollowup,
    linkRecommendationAction: recommendations.linkRecommendationAction,
    unlinkRecommendationAction: recommendations.unlinkRecommendationAction,
    createActionFromRecommendation,
    listRecommendationsDue,
    getAuditResponse,
    saveAuditResponse,
    checkAuditResponse,
  }),
  ...passId({
    getAudit: audits.getAudit,
    deleteAudit: audits.deleteAudit,
    deleteAuditQuestion: questions.deleteAuditQuestion,
    deleteRecommendation: recommendations.deleteRecommendation,
  }),
  // The DOCX is handed to the user by the surrounding program.
  exportAuditResponse: ({ ctx, platform }, i) => exportAuditResponse(ctx, platform, i),
} satisfies Partial<Handlers>;
