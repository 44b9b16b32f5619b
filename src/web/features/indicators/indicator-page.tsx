import './i18n/register.ts';
import { IndicatorDetail } from './detail/indicator-detail.tsx';

/** The route's screen: one indicator of the plan (the detail lives in ./detail/). */
export function IndicatorPage() {
  return <IndicatorDetail />;
}
