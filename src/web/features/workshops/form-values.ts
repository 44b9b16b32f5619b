/** A text field as the API wants it: trimmed, and null when left blank. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A nullable text from the API as a form's value. */
export const orBlank = (value: string | null | undefined) => value ?? '';
