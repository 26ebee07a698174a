/**
 * The small fixed lists of the plan's records, each once: the schemas (shared/api/schemas.ts),
 * the services, the forms and the labels (shared/labels.ts) all import them from here. A leaf
 * file (it imports nothing), so any schema or type may build on it without a cycle.
 */

/** What kind of organisation is responsible: nämnd, styrelse or bolag. */
export const BODY_KINDS = ['namnd', 'styrelse', 'bolag'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A källa is a document, or an intervju the strateg held (both go in the report's källförteckning). */
export const SOURCE_KINDS = ['dokument', 'intervju'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A nämnd's part in an åtgärd: exactly one huvudansvarig, any number medansvariga. */
export const RESPONSIBILITY_ROLES = ['huvudansvarig', 'medansvarig'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** What can be deleted through the API, each asked about first (getDeleteImpact). */
export const DELETABLE_ENTITIES = ['plan', 'area', 'action', 'status_report', 'body', 'source', 'audit', 'audit_question', 'recommendation', 'indicator', 'measure'] as const;
export type Deletable = (typeof DELETABLE_ENTITIES)[number];
