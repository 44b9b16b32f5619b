import type { UseFormReturnType } from '@mantine/form';
import type { IndicatorFormValues } from './indicator-values.ts';

export type IndicatorForm = UseFormReturnType<IndicatorFormValues>;

/** What every section of the form gets: the form, and whether it is only to be read. */
export interface SectionProps {
  form: IndicatorForm;
  readOnly: boolean;
}
