import type {MeetingFeaturesStrings} from '../en/meeting-features.js';

/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (Japanese). */
export const meetingFeatures: MeetingFeaturesStrings = {
  'captions.turn-on': '字幕をオンにする',
  'captions.turn-off': '字幕をオフにする',
  'captions.label': '字幕',
  'captions.unavailable': 'この会議では字幕を利用できません。',
  'captions.transcript': '文字起こし',
  'captions.transcript-empty': 'まだ字幕はありません。',
  'captions.save': 'テキストとして保存',
  'layout.menu': 'レイアウト',
  'layout.heading': '会議のレイアウト',
  'layout.loading': 'レイアウトを読み込み中…',
  'layout.hosts-see': 'ホストの表示: {layout}',
  'layout.guests-see': 'ゲストの表示: {layout}',
  'layout.name.1:0': 'メインスピーカーのみ',
  'layout.name.1:7': 'メインスピーカーと7人',
  'layout.name.1:21': 'メインスピーカーと21人',
  'layout.name.2:21': 'メインスピーカー2人と21人',
  'layout.name.1:33': 'メインスピーカーと33人',
  'layout.name.4:0': '均等 2 × 2',
  'layout.name.9:0': '均等 3 × 3',
  'layout.name.16:0': '均等 4 × 4',
  'layout.name.25:0': '均等 5 × 5',
  'layout.name.ac': 'アダプティブ構成',
  'layout.name.ac_presentation_in_mix': 'アダプティブ（プレゼンテーション込み）',
};
