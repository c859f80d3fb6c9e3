import type {DiagnosticsStrings} from '../en/diagnostics.js';

/** Strings of "Check my setup" (日本語). */
export const diagnostics: DiagnosticsStrings = {
  'setup.heading': '環境を確認',
  'setup.checking': '確認しています…',
  'setup.again': 'もう一度確認',
  'setup.status.ok': 'OK',
  'setup.status.warning': '警告',
  'setup.status.problem': '問題',
  'setup.secure-context': 'このページは安全に配信されています（{origin}）。',
  'setup.insecure-context':
    'このページは HTTPS で配信されていないため、ブラウザーはカメラ、マイク、画面共有を許可しません。https:// で配信してください（テストには http://localhost も使えます）。',
  'setup.webrtc': 'このブラウザーは WebRTC に対応しています。',
  'setup.no-webrtc':
    'このブラウザーには WebRTC（RTCPeerConnection）がありません。最新の Chrome、Edge、Firefox、Safari をお使いください。',
  'setup.no-media-devices': 'このブラウザーはこのページでカメラやマイクを開けません（navigator.mediaDevices がありません）。',
  'setup.no-screen-sharing': 'このブラウザーは画面を共有できません（getDisplayMedia がありません）。画像と PDF は共有できます。',
  'setup.permission-granted': 'アクセス（{permission}）: 許可されています。',
  'setup.permission-prompt': 'アクセス（{permission}）: 参加するときにブラウザーが確認します。',
  'setup.permission-denied':
    'このサイトでは {permission} へのアクセスがブロックされています。ブラウザーのサイト設定（アドレスバー先頭のアイコン）で許可し、ページを再読み込みしてください。',
  'setup.policy-allows': 'このページは {feature} を許可しています。',
  'setup.policy-blocks': 'このページの Permissions-Policy が {feature} をブロックしています。次の設定で許可してください: {fix}',
  'setup.policy-unchecked':
    'このブラウザーでは、ページの Permissions-Policy がカメラ、マイク、画面共有を許可しているか判断できません。うまくいかない場合は、ページの Permissions-Policy ヘッダー、またはページを含む <iframe> の allow 属性を確認してください。',
  'setup.node-reachable': '会議サーバー {node} は応答しています。',
  'setup.node-csp-blocked':
    'このページの Content-Security-Policy が {node} への接続をブロックしています（{directive}）。connect-src ディレクティブに {origin} を追加してください。',
  'setup.node-cors-blocked':
    '会議サーバー {node} は応答していますが、このページ（{origin}）からの利用を許可していません。サーバーまたはそのリバースプロキシで Access-Control-Allow-Origin: {origin}、Access-Control-Allow-Methods: GET, POST, OPTIONS、Access-Control-Allow-Headers: content-type, token, pin を送信してください。',
  'setup.node-unreachable':
    '会議サーバー {node} に接続できません。node 属性、ネットワーク、途中のファイアウォールやプロキシを確認してください。',

  // Files loaded on demand
  'setup.chunks-loaded':
    '必要なときに読み込まれるファイル（会議ソフトウェア、PDF 機能とそのワーカー）は、このページの配信元から読み込めます。',
  'setup.chunk-missing':
    '{file} を読み込めませんでした。サーバーの応答は {status} でした。chunks/ フォルダーを含む dist/ フォルダー全体をサーバーにコピーしてください。',
  'setup.chunk-mime':
    '{file} は「{type}」として配信されていますが、ブラウザーは JavaScript として配信されたモジュールしか実行しません。.js と .mjs のファイルを text/javascript で配信してください。',
  'setup.chunk-cors':
    '{file} は、このページ（{origin}）からの読み込みを許可していない別のサーバーにあります。そのサーバーは .js と .mjs のファイルに Access-Control-Allow-Origin: {origin}（または *）を付けて送信する必要があります。',
  'setup.chunk-csp-blocked':
    'このページの Content-Security-Policy が {file} をブロックしています（{directive}）。script-src ディレクティブ（PDF ワーカーには worker-src も）に {origin} を追加してください。',
  'setup.chunk-unreachable':
    '{file} を読み込めませんでした。サーバーが応答しません。script タグが pex-connect を読み込むアドレスとネットワークを確認してください。',
  'setup.chunk-failed': '{file} を読み込めませんでした: {detail}',
};
