/**
 * The limits the API puts on one GraphQL document (server/src/yoga.ts, graphql-armor). The client's
 * documents must stay within them: the operations tests check every document against them.
 */
export const DOCUMENT_LIMITS = {
  depth: 12,
  /** Every alias counts, also each time a fragment that holds aliases is spread. */
  aliases: 20,
  directives: 20,
  tokens: 2000,
} as const;

/**
 * A search's text (the header search and the pickers): the client asks nothing for fewer
 * characters than `min`; the API refuses more than `max`, and more than `first` hits at once.
 */
export const SEARCH_LIMITS = { min: 2, max: 200, first: 50 } as const;
