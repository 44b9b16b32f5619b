import type { UseFormReturnType } from '@mantine/form';
import type { ProgramFormValues } from './program-values.ts';

export type ProgramForm = UseFormReturnType<ProgramFormValues>;
