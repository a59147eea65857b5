import * as z from 'zod/mini';

/**
 * The concept list of B2B needs. The needs brief categorises each need with one of these, and the
 * USP matcher uses the same ids to link a need to the offer's properties. The wording that
 * signals each concept (RU and EN) lives in `lib/usp/lexicon.ts`; labels live in the locales.
 */
export const CONCEPTS = [
  'price',
  'payment_terms',
  'discounts',
  'delivery_speed',
  'supply_reliability',
  'stock_availability',
  'logistics',
  'assortment',
  'quality',
  'quality_consistency',
  'service_support',
  'technical_expertise',
  'training',
  'warranty',
  'integration',
  'compliance',
  'documentation',
  'convenience',
  'ordering',
  'personal_manager',
  'customisation',
  'scalability',
  'security',
  'downtime',
  'maintenance',
  'energy_efficiency',
  'sustainability',
  'reputation',
  'transparency',
  'communication',
  'flexibility',
  'packaging',
  'installation',
  'returns',
  'analytics',
  'other',
] as const;

export const Concept = z.enum(CONCEPTS);
export type Concept = z.infer<typeof Concept>;
