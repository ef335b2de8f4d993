/**
 * Coordinators keep the shared reference data current: measures (with the barriers they raise and
 * their legal bases), indicators (with the barriers they signal, forms and sectors) and networks.
 */
import { builder } from '../builder';
import { IndicatorRef } from '../indicators/indicator.schema';
import { MeasureRef } from '../measures/measure.schema';
import { NetworkRef } from '../organisations/organisation.schema';
import { IndicatorKindEnum } from '../shared/codes.schema';
import { TranslatedTextInput } from '../shared/inputs.schema';
import type { ReferenceLabel } from './reference.repository';
import { createReference, updateReference } from './reference.use-cases';

const ReferenceInput = builder.inputType('ReferenceInput', {
  description: 'A measure, indicator or network. Links that do not apply to the kind are ignored.',
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.field({ type: TranslatedTextInput, required: true }),
    description: t.field({ type: TranslatedTextInput }),
    kind: t.field({ type: IndicatorKindEnum, description: 'Indicators only.' }),
    barriers: t.stringList({
      description: 'Barrier codes it raises (measure) or signals (indicator).',
    }),
    legalBasisIds: t.idList({ description: 'Measures only.' }),
    exploitationForms: t.stringList({ description: 'Indicators only.' }),
    sectors: t.stringList({ description: 'Indicators only.' }),
  }),
});

const ReferencePatch = builder.inputType('ReferencePatch', {
  fields: (t) => ({
    name: t.field({ type: TranslatedTextInput }),
    description: t.field({ type: TranslatedTextInput }),
    kind: t.field({ type: IndicatorKindEnum }),
    barriers: t.stringList(),
    legalBasisIds: t.idList(),
    exploitationForms: t.stringList(),
    sectors: t.stringList(),
  }),
});

const REF = { Measure: MeasureRef, Indicator: IndicatorRef, Network: NetworkRef } as const;

type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function createMutation(t: MutationFields, label: ReferenceLabel) {
  return t.field({
    type: REF[label] as typeof MeasureRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: ReferenceInput, required: true }) },
    resolve: (_root, { input }, ctx) => createReference(ctx, label, input),
  });
}

function updateMutation(t: MutationFields, label: ReferenceLabel) {
  return t.field({
    type: REF[label] as typeof MeasureRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: ReferencePatch, required: true }),
    },
    resolve: (_root, { id, version, patch }, ctx) =>
      updateReference(ctx, label, id, version, patch),
  });
}

builder.mutationFields((t) => ({
  createMeasure: createMutation(t, 'Measure'),
  updateMeasure: updateMutation(t, 'Measure'),
  createIndicator: createMutation(t, 'Indicator'),
  updateIndicator: updateMutation(t, 'Indicator'),
  createNetwork: createMutation(t, 'Network'),
  updateNetwork: updateMutation(t, 'Network'),
}));
