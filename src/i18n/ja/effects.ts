import type {EffectsStrings} from '../en/effects.js';

/** Strings of the background effects and noise suppression (日本語). */
export const effects: EffectsStrings = {
  'effects.heading': '背景と音声',
  'effects.background': '背景',
  'effects.background.none': 'なし',
  'effects.background.blur-light': 'ぼかし（弱）',
  'effects.background.blur-strong': 'ぼかし（強）',
  'effects.background.picture.dusk': '夕暮れ',
  'effects.background.picture.lagoon': 'ラグーン',
  'effects.background.picture.studio': 'スタジオ',
  'effects.background.picture.page': 'このサイトの画像',
  'effects.noise-suppression': 'ノイズ抑制',
  'effects.applying': 'エフェクトをオンにしています…',
  'effects.problem.no-webgl':
    '背景エフェクトには WebGL 2 が必要ですが、このブラウザーにはありません（またはオフになっています）。カメラはそのまま表示されます。',
  'effects.problem.no-webassembly':
    'このブラウザーではエフェクトを実行できません（WebAssembly がないか、古すぎるか、ページのセキュリティポリシーでブロックされています）。カメラとマイクはそのまま使用されます。',
  'effects.problem.no-worklet':
    'ノイズ抑制にはオーディオワークレットが必要ですが、このブラウザーではここで実行できません。マイクはそのまま使用されます。',
  'effects.problem.assets-unavailable': 'このサイトからエフェクトを読み込めませんでした。カメラとマイクはそのまま使用されます。',
  'effects.problem.background-unavailable': '背景画像を読み込めませんでした。カメラはそのまま表示されます。',
  'effects.problem.too-slow':
    'このデバイスは背景エフェクトには遅すぎます（毎秒 10 フレーム未満）。カメラはそのまま表示されます。',
  'effects.problem.failed': 'エフェクトが動作しなくなりました。カメラとマイクはそのまま使用されます。',
};
