/**
 * How many items each list field of the schema is counted for by the query cost (query-cost.ts):
 * the one place where these estimates live. A test fails when a list field has no entry here.
 *
 * - A number is the size of a typical large network (the national network of the benchmarks:
 *   10,400 organisations, 105,000 contacts), at least the largest the demo network has. Lists that
 *   grow with the network (a barrier's roles, a network's members, a measure's organisations) are
 *   hubs: counted at 200 or 100, though they may hold more; nesting one inside another is what
 *   makes a query explode, and the count makes that visible.
 * - `argument` is the field's own page-size argument (`first`, `input.limit`), with its default
 *   and the most the resolver returns; `parentArgument` the same on the field above (a connection's
 *   `edges` take the `first` of the field that returned the connection).
 * - `times` scales it (a graph slice of n nodes has up to about 3n edges).
 */
export type ListSize =
  | number
  | { argument: string; default: number; max: number; times?: number }
  | { parentArgument: string; default: number; max: number; times?: number };

/** Size of a list field missing from LIST_SIZES (a test keeps the map complete). */
export const DEFAULT_LIST_SIZE = 50;

/** Reference data and short lists. */
const HISTORY = 20; // an entity's audit events (the resolver returns at most 100)
const LANGUAGES = 3;

export const LIST_SIZES: Record<string, ListSize> = {
  // Query roots
  'Query.barriers': 10, // the barrier model: 6 (7 with RETURN)
  'Query.exploitationForms': 10,
  'Query.sectors': 15,
  'Query.indicators': 100, // 45 in the demo; reference data, grows slowly
  'Query.regions': 1_500, // every Belgian and Dutch municipality (923) with the larger regions
  'Query.users': 200,
  'Query.secondFactorRoles': 3, // STAFF, COORDINATOR, ADMIN
  'Mutation.setSecondFactorRoles': 3,
  'SecondFactorRecoveryCodes.recoveryCodes': 10, // RECOVERY_CODE_COUNT
  'Query.ssoClaimMappings': 100, // a few per identity provider (groups or roles to a role)
  'SsoClaimMapping.scopeIds': 50, // at most 50 (sso.schema.ts)
  'SignInOptions.providers': 10, // OIDC_PROVIDERS: one or a few identity providers
  'Query.mySessions': 50, // one user's live sessions: idle ones end after SESSION_IDLE_MINUTES
  'Query.search': { argument: 'first', default: 10, max: 50 },
  'Query.contactReports': { argument: 'first', default: 50, max: 200 },
  'Query.overdueContacts': { argument: 'first', default: 50, max: 200 },
  'Query.contactReportMarkers': 100, // one per contact on a screen (at most 200 ids)
  'OrganisationConnection.edges': { parentArgument: 'first', default: 20, max: 100 },
  'AuditPage.events': { parentArgument: 'first', default: 50, max: 100 },
  'WhoToCallAnswer.entries': { parentArgument: 'input.limit', default: 25, max: 100 },
  'PlaceSearch.matches': { parentArgument: 'first', default: 10, max: 50 },
  'PlaceSearch.nearest': { parentArgument: 'first', default: 10, max: 50 },
  'SignalSearch.matches': { parentArgument: 'first', default: 12, max: 50 },
  'SignalSearch.nearest': { parentArgument: 'first', default: 12, max: 50 },
  'GraphSlice.nodes': { parentArgument: 'limit', default: 150, max: 500 },
  'GraphSlice.edges': { parentArgument: 'limit', default: 150, max: 500, times: 3 },

  // The skills training (server/src/training): a scenario per signal and barrier; three
  // questions of at most four choices (shared/training.ts); progress and mistakes per barrier.
  'Query.trainingScenarios': 200,
  'TrainingScenario.questions': 3,
  'TrainingQuestion.choices': 4,
  'TrainingProgress.doneScenarioIds': 100,
  'Query.myTrainingProgress': 10,
  'Query.trainingMistakes': 100, // generated: 6 barriers x 3 questions; authored: per question
  // Authored scenarios (training/authored.*): at most 10 questions of 6 choices (shared/rules/scenario.ts).
  'Query.authoredTrainingScenarios': 100,
  'Query.authoredScenarios': 100,
  'AuthoredTrainingScenario.questions': 10,
  'AuthoredTrainingQuestion.choices': 6,
  'AuthoredScenario.questions': 10,
  'AuthoredScenarioQuestion.choices': 6,
  'AuthoredScenario.needsAttention': 20,
  'AuthoredTrainingAnswer.rightChoices': 6,
  'TrainingFirstCallReason.coveragePath': 6,

  // Hubs: they grow with the network
  'Barrier.roles': 200, // 161 in the demo; thousands nationally
  'Network.members': 100, // 20 in the demo
  'Measure.organisations': 200, // 37 in the demo

  'Barrier.indicators': 20,
  'Barrier.measures': 20,
  'Indicator.barriers': 5,
  'Indicator.exploitationForms': 6,
  'Indicator.sectors': 10,
  'Indicator.history': HISTORY,
  'Indicator.synonyms': 50, // the most setSynonyms accepts per language
  'Sector.synonyms': 50,
  'ExploitationForm.synonyms': 50,
  'Measure.barriers': 7,
  'Measure.legalBases': 5,
  'Measure.history': HISTORY,
  'Network.history': HISTORY,

  'Organisation.exploitationForms': 6,
  'ContactPoint.exploitationForms': 6,
  'Person.exploitationForms': 6,
  'Organisation.agreements': 10,
  'Organisation.contactPoints': 10,
  'Organisation.counterparts': 3,
  'Organisation.coverage': 5,
  'Organisation.measures': 15, // 11 in the demo
  'Organisation.networks': 5,
  'Organisation.people': 10,
  'Organisation.roles': 20, // 19 in the demo: one per barrier and role
  'Organisation.units': 5,
  'Organisation.history': HISTORY,
  'OrgUnit.contactPoints': 5,
  'OrgUnit.people': 5,
  'OrgUnit.history': HISTORY,
  'Region.parents': 5,

  'ContactPoint.responsibilities': 20, // 17 in the demo
  'ContactPoint.languages': LANGUAGES,
  'ContactPoint.history': HISTORY,
  'Person.responsibilities': 20,
  'Person.languages': LANGUAGES,
  'Person.history': HISTORY,

  'SharingAgreement.dataCategories': 10, // every data category
  'SharingAgreement.legalBases': 4,
  'SharingAgreement.history': HISTORY,
  'SharingStatus.agreements': 5,
  'Manual.agreements': 50, // agreements in force between the partners a manual lists
  'RetentionPreview.entries': 500, // persons archived or without a running tie (a few a month)

  'WhoToCallAnswer.barriers': 7,
  'WhoToCallAnswer.localGaps': 7,
  'WhoToCallAnswer.firstCall': 2,
  'WhoToCallAnswer.ownColleagues': 2,
  'WhoToCallEntry.contacts': 10,
  'WhoToCallContact.roles': 5,
  'FormEffect.shownFirst': 25, // the specialised partners of one answer
  'FormEffect.leftOut': 25, // at most the room the query leaves for them (routing.repository.ts)
  'WhoToCallEntry.coveragePath': 5,
  'WhoToCallEntry.roles': 5,

  'GraphEdge.dataCategories': 10,
  'GraphEdge.legalBases': 4,

  'AuditEvent.changes': 10,
  'RestoredVersion.fields': 10, // the restorable fields of an organisation: 9
  'Account.scopeIds': 10,

  // A file's rows: bounded by the import's own limits (5 MB, 20,000 rows) and by who may send
  // one (coordinators); counted as a large file's worth of reported rows.
  'ImportDryRun.rows': 200,
  'ImportDryRun.fileProblems': 5,
  'ImportDryRun.ignoredColumns': 5,
  'ImportJob.rejectedRows': 100,
  'ImportRow.changes': 10,
  'ImportRow.problems': 5,
};

/**
 * Work a field does beyond the values it returns, in the same unit (one value): the fields that
 * run a heavy query of their own or read the whole directory. A field not listed weighs nothing.
 */
export const FIELD_WEIGHTS: Record<string, number> = {
  'Query.whoToCall': 50,
  'Query.whoToCallVcard': 100,
  'Query.search': 20,
  'Query.searchPlaces': 20,
  'Query.searchSignals': 20,
  'Query.neighbourhood': 100,
  'Query.path': 100,
  'Query.exportCsv': 2_000,
  'Query.backup': 5_000,
  'Mutation.importDryRun': 1_000,
  'Mutation.importCommit': 1_000,
};
