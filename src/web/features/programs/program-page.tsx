import { ProgramDetail } from './detail/program-detail.tsx';

/** The route's screen: one action programme (the detail lives in ./detail/). */
export function ProgramPage() {
  return <ProgramDetail />;
}
