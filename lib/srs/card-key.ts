/** The key of a card in the store: deck id and question id, which never contain "::". */
export function cardKey(deckId: string, questionId: string): string {
  return `${deckId}::${questionId}`;
}
