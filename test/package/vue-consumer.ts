// A Vue 3 app's view of the elements: `GlobalComponents` types their props and `@pex-*` handlers.
import type {} from 'pex-connect/vue';
import type {GlobalComponents} from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const conference: Props<'pex-conference'> = {
  conference: 'meet.alice',
  bw: 1264,
  onPexJoined: (event) => console.log(event.detail.conference),
};
export const chat: Props<'pex-chat'> = {for: 'meeting', onPexChatUnread: (event) => console.log(event.detail.count)};

// @ts-expect-error bw is a number
export const wrongType: Props<'pex-conference'> = {bw: 'fast'};
export const wrongDetail: Props<'pex-conference'> = {
  // @ts-expect-error pex-joined's detail has no count
  onPexJoined: (event) => console.log(event.detail.count),
};
