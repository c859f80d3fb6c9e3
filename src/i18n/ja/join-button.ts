import type {JoinButtonStrings} from '../en/join-button.js';

/** Strings of `<pex-join-button>` (日本語). */
export const joinButton: JoinButtonStrings = {
  'join-button.label': '{conference} に参加',
  'join-button.no-conference': 'このボタンには会議がありません。conference 属性を設定してください。',
  'attribute.target': 'dialog、window、desktop のいずれかを指定してください。dialog を使用します。',
  'attribute.webapp': 'http または https のアドレスではないため、スクリプトと同じ場所の Web App ページを使用します。',
};
