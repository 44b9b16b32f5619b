/** Reports long work: `done` of `total` units, and what is being worked on. The CLI draws it as a bar. */
export type Progress = (done: number, total: number, label: string) => void;
