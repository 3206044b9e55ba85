/** The "New deck" form as typed: every field a string (empty = not given). No Zod here: the form renders without it. */
export type NewDeckForm = { title: string; source: string; publishedAt: string; text: string };
export type FormField = keyof NewDeckForm;

/** The fields in the order they appear, for moving focus to the first one in error. */
export const formFields: readonly FormField[] = ["title", "source", "publishedAt", "text"];

export const emptyForm: NewDeckForm = { title: "", source: "", publishedAt: "", text: "" };
