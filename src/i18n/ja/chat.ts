import type {ChatStrings} from '../en/chat.js';

/** Strings of `<pex-chat>` (日本語). */
export const chat: ChatStrings = {
  'chat.heading': 'チャット',
  'chat.unread': '未読 {count} 件',
  'chat.messages': 'チャットのメッセージ',
  'chat.empty': 'まだメッセージはありません。',
  'chat.not-joined': 'チャットするには会議に参加してください。',
  'chat.you': 'あなた',
  'chat.someone-who-left': '退出した参加者',
  'chat.private-to': '{name} へのプライベート',
  'chat.private-to-you': 'あなたへのプライベート',
  'chat.sender-at': '{name}、{time}:',
  'chat.new-messages': '新着メッセージ {count} 件',
  'chat.preview-image': '{host} の画像',
  'chat.preview-video': '{host} の動画',

  // Composer
  'chat.to': '宛先',
  'chat.everyone': '全員',
  'chat.message': 'メッセージ',
  'chat.placeholder': '全員へのメッセージ',
  'chat.placeholder-room': '{room} の全員へのメッセージ',
  'chat.room': 'ルーム',
  'chat.main-room': 'メインルーム',
  'chat.placeholder-private': '{name} へのプライベートメッセージ',
  'chat.send': '送信',
  'chat.send-hint': 'Enter で送信、Shift+Enter で改行します。',

  // Live announcements
  'chat.announce': '{name}: {text}',
  'chat.announce-private': '{name} からのプライベートメッセージ: {text}',
  'chat.announce-many': '新着チャットメッセージ {count} 件。',
  'chat.show-preview': '{host} のプレビューを表示',
  'chat.show-more': 'さらに表示',
  'chat.switched-off': 'この会議ではチャットが無効です。',
};
