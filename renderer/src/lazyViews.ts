import { lazy } from 'react';

/**
 * The views other than Översikt, each in its own chunk, loaded when first shown: the start-up
 * script then holds only the shell and Översikt, so Chromium parses and runs far less before the
 * first render (issue 4). Översikt stays in the start-up script: it is the meeting view, and its
 * charts are what a politician waits for.
 */
export const TodoView = lazy(() => import('./views/TodoView').then((m) => ({ default: m.TodoView })));
export const PlanView = lazy(() => import('./views/PlanView').then((m) => ({ default: m.PlanView })));
export const DeadlinesView = lazy(() => import('./views/DeadlinesView').then((m) => ({ default: m.DeadlinesView })));
export const SinceView = lazy(() => import('./views/SinceView').then((m) => ({ default: m.SinceView })));
export const BodiesView = lazy(() => import('./views/BodiesView').then((m) => ({ default: m.BodiesView })));
export const QualityView = lazy(() => import('./views/QualityView').then((m) => ({ default: m.QualityView })));
export const AuditsView = lazy(() => import('./views/AuditsView').then((m) => ({ default: m.AuditsView })));
export const IndicatorsView = lazy(() => import('./views/IndicatorsView').then((m) => ({ default: m.IndicatorsView })));
export const ReportsView = lazy(() => import('./views/ReportsView').then((m) => ({ default: m.ReportsView })));
export const TransferView = lazy(() => import('./views/transfer/TransferView').then((m) => ({ default: m.TransferView })));
export const PresentationView = lazy(() => import('./views/presentation/PresentationView').then((m) => ({ default: m.PresentationView })));
export const SettingsDialog = lazy(() => import('./views/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })));
export const UsersView = lazy(() => import('./views/users/UsersView').then((m) => ({ default: m.UsersView })));
