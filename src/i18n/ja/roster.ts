import type {RosterStrings} from '../en/roster.js';

/** Strings of `<pex-roster>` and its DTMF keypad (日本語). */
export const roster: RosterStrings = {
  'roster.heading': '参加者',
  'roster.list': '会議の参加者',
  'roster.search': '参加者を検索',
  'roster.search-placeholder': '名前で検索',
  'roster.matches': '{total} 人中 {count} 人を表示',
  'roster.no-match': '「{query}」に一致する人はいません。',
  'roster.empty': 'まだ誰も会議にいません。',
  'roster.not-joined': '参加者を見るには会議に参加してください。',
  'roster.you': '（あなた）',
  'roster.role.host': 'ホスト',
  'roster.role.guest': 'ゲスト',

  // Badges: each is the accessible name of its icon
  'roster.badge.calling': '呼び出し中',
  'roster.badge.waiting': '入室待ち',
  'roster.badge.streaming': 'ストリーミングまたは録画中',
  'roster.badge.speaking': '発言中',
  'roster.badge.muted': 'マイクはミュート',
  'roster.badge.camera-off': 'カメラオフ',
  'roster.badge.presenting': 'プレゼンテーション中',
  'roster.badge.hand-raised': '挙手中',
  'roster.badge.spotlight': 'スポットライト',

  // Header
  'roster.add': '参加者を追加',
  'roster.raise-hand': '挙手',
  'roster.lower-hand': '手を下ろす',
  'roster.lower-all-hands': '全員の手を下ろす',

  // Row actions
  'roster.actions': '{name} の操作',
  'roster.admit': '{name} の入室を許可',
  'roster.reject': '{name} を拒否',
  'roster.action.admit': '入室を許可',
  'roster.action.reject': '拒否',
  'roster.action.message': 'プライベートメッセージを送信',
  'roster.action.mute': '参加者をミュート',
  'roster.action.unmute': '参加者のミュートを解除',
  'roster.action.video-off': '映像を停止',
  'roster.action.video-on': '映像を開始',
  'roster.action.make-host': 'ホストにする',
  'roster.action.make-guest': 'ゲストにする',
  'roster.action.presentation': 'エンドポイントでプレゼンテーションを表示',
  'roster.action.spotlight-on': 'スポットライト',
  'roster.action.spotlight-off': 'スポットライトを解除',
  'roster.action.dtmf': 'キーパッド（DTMF トーン）',
  'roster.action.disconnect': '切断',
  'roster.disconnect-heading': '{name} を切断しますか？',
  'roster.disconnect-message': '{name} は会議から退出させられます。',
  'roster.call-failed': '{name} への発信は応答がなかったか、接続できませんでした。',
  'roster.dismiss': '閉じる',

  // Live announcements
  'roster.joined': '{name} が会議に参加しました。',
  'roster.joined-many': '{count} 人が会議に参加しました。',
  'roster.left': '{name} が会議から退出しました。',
  'roster.left-many': '{count} 人が会議から退出しました。',

  // DTMF keypad
  'dtmf.heading': '{name} のキーパッド',
  'dtmf.keys': 'キーパッド',
  'dtmf.hint': 'キーを押すか、キーボードで 0～9、*、# を入力してください。各トーンはすぐに送信されます。',
  'dtmf.sent': '送信したトーン',
  'dtmf.none-sent': 'まだありません',
  'dtmf.key.star': 'スター',
  'dtmf.key.hash': 'シャープ',
};
