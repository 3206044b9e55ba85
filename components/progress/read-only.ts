/** Why a reset or import is refused while saved progress is read-only (the notice at the top says why). */
export const READ_ONLY =
  "Your saved progress is read-only here (see the notice at the top of the page), so nothing was changed.";
