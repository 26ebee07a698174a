import type { Handlers } from '../api/session';
import { passId, passThrough } from '../api/serviceHandlers';
import * as reportTexts from './reportTexts';
import * as reports from './buildReport';
import * as reportQuestions from './reportQuestions';
import * as reportFindings from './reportFindings';
import * as reportSources from './reportSources';
import { buildReportFile } from './exportReport';
import { closeYear } from './closeYear';
import { listClosedYears, reopenReportYear } from './snapshots';

/** The yearly uppföljningsrapport and what the strateg writes into it (shared/api/report.ts). */
export const reportHandlers = {
  ...passThrough({
    listReportTexts: reportTexts.listReportTexts,
    saveReportText: reportTexts.saveReportText,
    resetReportText: reportTexts.resetReportText,
    getReportModel: reports.getReportModel,
    getReportDefaults: reports.getReportEditor,
    closeReportYear: closeYear,
    reopenReportYear,
    listReportQuestions: reportQuestions.listReportQuestions,
    createReportQuestion: reportQuestions.createReportQuestion,
    updateReportQuestion: reportQuestions.updateReportQuestion,
    deleteReportQuestion: reportQuestions.deleteReportQuestion,
    listReportFindings: reportFindings.listReportFindings,
    createReportFinding: reportFindings.createReportFinding,
    updateReportFinding: reportFindings.updateReportFinding,
    dismissFindingSuggestion: reportFindings.dismissFindingSuggestion,
    listReportSources: reportSources.listReportSources,
    addReportSource: reportSources.addReportSource,
    createReportSource: reportSources.createReportSource,
    removeReportSource: reportSources.removeReportSource,
  }),
  ...passId({ deleteReportFinding: reportFindings.deleteReportFinding }),
  // The document is printed and handed to the user by the surrounding program.
  exportReport: async ({ ctx, platform }, i) => platform.deliverFile(await buildReportFile(ctx, platform, i)),
  listClosedYears: ({ ctx }, i) => listClosedYears(ctx, i.planId),
} satisfies Partial<Handlers>;
