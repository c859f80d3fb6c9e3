import type {CommonStrings} from '../en/common.js';

/** Strings shared by several elements (日本語). */
export const common: CommonStrings = {
  'common.close': '閉じる',
  'common.cancel': 'キャンセル',
  'common.ok': 'OK',
  'common.unbound':
    '会議に接続されていません。この要素を <pex-conference> の中に置くか、for="<pex-conference の id>" を指定してください。',
  'common.missing': 'このページに <pex-conference id="{id}"> がありません。',
  'common.action-refused': 'うまくいきませんでした。会議サーバーが拒否しました（{detail}）。',
  'common.action-not-host': 'この操作はホストのみが行えます。',
  'common.action-not-in-call': '先に会議に参加してください。',
  'common.action-invalid': '無効です: {detail}。',
  'common.action-bad-answer': 'うまくいきませんでした。会議サーバーから、このページが理解できない応答が返されました。',

  // Adding a participant (host menu and roster)
  'dial.heading': '参加者を追加',
  'dial.destination': '発信先アドレス',
  'dial.destination-hint': 'SIP、H.323、Lync のアドレス、電話番号、またはストリーミング用の RTMP URL。',
  'dial.protocol': 'プロトコル',
  'dial.protocol.sip': 'SIP',
  'dial.protocol.h323': 'H.323',
  'dial.protocol.mssip': 'Lync / Skype for Business',
  'dial.protocol.rtmp': 'RTMP（ストリーミングまたは録画）',
  'dial.protocol.auto': '自動',
  'dial.role': '役割',
  'dial.role.host': 'ホスト',
  'dial.role.guest': 'ゲスト',
  'dial.submit': '発信',
  'dial.missing-destination': '発信先のアドレスを入力してください。',
  'dial.calling': '{destination} に発信しています…',
};
