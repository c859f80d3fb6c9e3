import type {JoinMode} from '../../session/types.js';

/** What the user chose on the pre-join screen. */
export interface PrejoinChoice {
  readonly displayName: string;
  readonly conference: string;
  readonly mode: JoinMode;
  readonly bandwidth: number;
  readonly muteMicrophone: boolean;
}
