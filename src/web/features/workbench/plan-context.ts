import { createContext, useContext } from 'react';
import type { Permission, Place } from '../../../shared/access-rules.ts';
import type { Schema } from '../../api/types.ts';
import type { Element, Pillar, Plan } from './api.ts';

export interface PlanContextValue {
  plan: Plan;
  region: Schema<'Region'>;
  /** In the plan's order. */
  pillars: Pillar[];
  elements: Element[];
  /** Where the plan's records sit, for access decisions. */
  place: Place;
  /**
   * Whether the signed-in account may act with `permission` on this plan; `opdIds` are the OPDs the
   * write touches (an OPD participant may change only its own OPD's programmes).
   */
  can: (permission: Permission, opdIds?: string[]) => boolean;
}

export const PlanContext = createContext<PlanContextValue | null>(null);

/** The plan being worked on, for any screen inside the workbench (/plans/:planId/…). */
export function usePlanContext(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlanContext is used outside the plan workbench');
  return value;
}
