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
};
