/** The full-text index over block text (captions, notes and table cells are blocks too). */
export const searchTable = 'blocks_fts'
/** The table the full-text index covers (its rowids are the index's). */
export const searchedTable = 'blocks'
