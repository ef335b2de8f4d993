import { graphql, type ResultOf } from '../../../lib/documents';
import { change } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** Whether the signed-in user signs in with a code, and must. */
export const MY_SECOND_FACTOR = graphql(`
  query MySecondFactor {
    mySecondFactor {
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

export type SecondFactorStatus = ResultOf<typeof MY_SECOND_FACTOR>['mySecondFactor'];

export const START_SECOND_FACTOR = graphql(`
  mutation StartSecondFactorEnrolment {
    startSecondFactorEnrolment {
      secret
      qrCode
    }
  }
`);

export type Enrolment = ResultOf<typeof START_SECOND_FACTOR>['startSecondFactorEnrolment'];

/** Starts enrolling: a new secret with its QR code (pending until a code confirms it). */
export async function startEnrolment(lang: Lang): Promise<Enrolment> {
  return (await change(START_SECOND_FACTOR, {}, lang)).startSecondFactorEnrolment;
}

export const CONFIRM_SECOND_FACTOR = graphql(`
  mutation ConfirmSecondFactorEnrolment($code: String!) {
    confirmSecondFactorEnrolment(code: $code) {
      recoveryCodes
    }
  }
`);

/** Confirms the enrolment with a current code; the recovery codes, shown once. */
export async function confirmEnrolment(code: string, lang: Lang): Promise<string[]> {
  return (await change(CONFIRM_SECOND_FACTOR, { code }, lang)).confirmSecondFactorEnrolment
    .recoveryCodes;
}

export const DISABLE_SECOND_FACTOR = graphql(`
  mutation DisableSecondFactor($code: String!) {
    disableSecondFactor(code: $code)
  }
`);

/** Turns the second factor off with a current code. */
export async function disableSecondFactor(code: string, lang: Lang): Promise<boolean> {
  return (await change(DISABLE_SECOND_FACTOR, { code }, lang)).disableSecondFactor;
}
